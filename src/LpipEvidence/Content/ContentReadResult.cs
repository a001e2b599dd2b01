namespace LpipEvidence.Content;

/// <summary>
/// The outcome of reading a content folder: the content when it is entirely valid, and every error found: first
/// those of loading the files (limits, refused links, unreadable files), whose consequences may be reported further
/// on, then those found in the files; each group in path order.
/// </summary>
public sealed record ContentReadResult(ContentSet? Content, IReadOnlyList<ContentError> Errors, string Hash)
{
    /// <summary>How many content files were read (Markdown and synonyms), for the import's log line.</summary>
    public int FileCount { get; init; }

    /// <summary>
    /// The valid theme files found, even when the content has errors elsewhere: a folder without any review yet is not
    /// valid content, but its themes are what the first review's findings are tagged with.
    /// </summary>
    public IReadOnlyList<ThemeContent> Themes { get; init; } = [];

    /// <summary>Whether the only problem is that there is no review yet: a folder ready for its first one.</summary>
    public bool LacksOnlyReviews => Content is null && Errors.Count == 1 && Errors[0].Message.StartsWith(ContentReader.NoReviewsMessage, StringComparison.Ordinal);

    /// <summary>True when no error was found and <see cref="Content"/> is set.</summary>
    public bool IsValid => Content is not null && Errors.Count == 0;
}
