namespace LpipEvidence.Content;

/// <summary>One key finding of a review, with its key takeaway.</summary>
public sealed record FindingContent
{
    public required string Slug { get; init; }
    public required string SourcePath { get; init; }
    public required string ReviewSlug { get; init; }
    public required string Title { get; init; }
    public required int Order { get; init; }

    /// <summary>Theme slugs, in the order the editor listed them.</summary>
    public required IReadOnlyList<string> Themes { get; init; }

    /// <summary>The themes were suggested by the <c>draft</c> verb and await an editor's confirmation.</summary>
    public bool ThemesSuggested { get; init; }
    public required MarkdownText Body { get; init; }
    public required MarkdownText Takeaway { get; init; }

    /// <summary>Meaningful changes the editors recorded, oldest first (none for a typo fix).</summary>
    public IReadOnlyList<ChangeNote> Changes { get; init; } = [];
}
