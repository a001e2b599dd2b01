using LpipEvidence.Content;

namespace LpipEvidence.Store;

/// <summary>A stored key finding with its takeaway.</summary>
public sealed class Finding
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string SourcePath { get; set; }
    public int ReviewId { get; set; }
    public Review Review { get; set; } = null!;
    public int Order { get; set; }
    public required string Title { get; set; }
    public required MarkdownText Body { get; set; }
    public required MarkdownText Takeaway { get; set; }
    public List<FindingTheme> Themes { get; set; } = [];
}
