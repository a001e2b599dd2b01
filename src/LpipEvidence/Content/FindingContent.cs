namespace LpipEvidence.Content;

/// <summary>One key finding of a review, with its key takeaway.</summary>
public sealed record FindingContent
{
    /// <summary>The finding's address part: its <c>slug</c> field, or made from its title.</summary>
    public required string Slug { get; init; }
    /// <summary>The file it was read from, relative to the content folder.</summary>
    public required string SourcePath { get; init; }
    /// <summary>The slug of the review whose folder holds it.</summary>
    public required string ReviewSlug { get; init; }
    /// <summary>The finding's title as the review words it.</summary>
    public required string Title { get; init; }
    /// <summary>Its number within its review, from 1.</summary>
    public required int Order { get; init; }

    /// <summary>Theme slugs, in the order the editor listed them.</summary>
    public required IReadOnlyList<string> Themes { get; init; }

    /// <summary>The themes were suggested by the <c>draft</c> verb and await an editor's confirmation.</summary>
    public bool ThemesSuggested { get; init; }
    /// <summary>The finding's text, before its "## Key takeaway" heading.</summary>
    public required MarkdownText Body { get; init; }
    /// <summary>The key takeaway, after the heading.</summary>
    public required MarkdownText Takeaway { get; init; }

    /// <summary>Meaningful changes the editors recorded, oldest first (none for a typo fix).</summary>
    public IReadOnlyList<ChangeNote> Changes { get; init; } = [];
}
