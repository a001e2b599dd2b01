namespace LpipEvidence.Content;

/// <summary>A theme that cuts across findings and reviews.</summary>
public sealed record ThemeContent
{
    /// <summary>The theme's address part: its file name without ".md".</summary>
    public required string Slug { get; init; }
    /// <summary>The file it was read from, relative to the content folder.</summary>
    public required string SourcePath { get; init; }
    /// <summary>The theme's title.</summary>
    public required string Title { get; init; }
    /// <summary>Where the editor placed it among themes; <see cref="int.MaxValue"/> when unset.</summary>
    public required int Order { get; init; }
    /// <summary>What the theme covers: the body of its file.</summary>
    public required MarkdownText Description { get; init; }

    /// <summary>Meaningful changes the editors recorded, oldest first (none for a typo fix).</summary>
    public IReadOnlyList<ChangeNote> Changes { get; init; } = [];
}
