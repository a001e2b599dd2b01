using LpipEvidence.Content;

namespace LpipEvidence.Store;

/// <summary>A stored cross-cutting theme.</summary>
public sealed class Theme
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string SourcePath { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    public required MarkdownText Description { get; set; }
    public List<FindingTheme> Findings { get; set; } = [];
}
