using LpipEvidence.Content;

namespace LpipEvidence.Store;

/// <summary>A stored review. Rows are replaced wholesale by each import; the slug is the stable key.</summary>
public sealed class Review
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string SourcePath { get; set; }
    public required string Title { get; set; }
    public string? Subtitle { get; set; }
    public required string Publisher { get; set; }
    public int PublishedYear { get; set; }
    public int PublishedMonth { get; set; }
    public required string LicenceName { get; set; }
    public required string LicenceCode { get; set; }
    public string? LicenceUrl { get; set; }

    /// <summary>The citation as the review gives it: Markdown, safe HTML and plain text.</summary>
    public required MarkdownText Citation { get; set; }
    public required string SourceUrl { get; set; }
    public required string ProgrammeTheme { get; set; }
    public required MarkdownText Introduction { get; set; }
    public List<ReviewAuthor> Authors { get; set; } = [];
    public List<Finding> Findings { get; set; } = [];
}
