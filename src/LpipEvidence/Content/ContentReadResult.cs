namespace LpipEvidence.Content;

/// <summary>The outcome of reading a content folder: the content when it is entirely valid, and every error found.</summary>
public sealed record ContentReadResult(ContentSet? Content, IReadOnlyList<ContentError> Errors, string Hash)
{
    /// <summary>How many content files were read (Markdown and synonyms), for the import's log line.</summary>
    public int FileCount { get; init; }

    /// <summary>True when no error was found and <see cref="Content"/> is set.</summary>
    public bool IsValid => Content is not null && Errors.Count == 0;
}
