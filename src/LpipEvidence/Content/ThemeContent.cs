namespace LpipEvidence.Content;

/// <summary>A theme that cuts across findings and reviews.</summary>
public sealed record ThemeContent
{
    public required string Slug { get; init; }
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required int Order { get; init; }
    public required MarkdownText Description { get; init; }

    /// <summary>Meaningful changes the editors recorded, oldest first (none for a typo fix).</summary>
    public IReadOnlyList<ChangeNote> Changes { get; init; } = [];
}
