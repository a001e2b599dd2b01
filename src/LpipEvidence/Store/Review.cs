using LpipEvidence.Content;

namespace LpipEvidence.Store;

/// <summary>A stored review. Rows are replaced wholesale by each import; the slug is the stable key.</summary>
public sealed class Review
{
    /// <summary>The row id; it changes on every import (the slug is the stable key).</summary>
    public int Id { get; set; }
    /// <summary>The review's address part: its folder name.</summary>
    public required string Slug { get; set; }
    /// <summary>The review's metadata file, relative to the content folder.</summary>
    public required string SourcePath { get; set; }
    /// <summary>The review's title: the name the site uses for it.</summary>
    public required string Title { get; set; }
    /// <summary>Its subtitle, kept in its data but not shown as its name.</summary>
    public string? Subtitle { get; set; }
    /// <summary>Who published it, e.g. "Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham".</summary>
    public required string Publisher { get; set; }
    /// <summary>The year it was published.</summary>
    public int PublishedYear { get; set; }
    /// <summary>The month it was published, 1 to 12.</summary>
    public int PublishedMonth { get; set; }
    /// <summary>The licence's full name, e.g. "Creative Commons Attribution-NonCommercial".</summary>
    public required string LicenceName { get; set; }
    /// <summary>The licence's short code, e.g. "CC BY-NC".</summary>
    public required string LicenceCode { get; set; }
    /// <summary>Where the licence text lives, when known.</summary>
    public string? LicenceUrl { get; set; }

    /// <summary>The citation as the review gives it: Markdown, safe HTML and plain text.</summary>
    public required MarkdownText Citation { get; set; }
    /// <summary>Where its publisher put the review.</summary>
    public required string SourceUrl { get; set; }
    /// <summary>The LPIP programme theme it belongs to, for example "Innovation".</summary>
    public required string ProgrammeTheme { get; set; }
    /// <summary>Its introduction (aim and readers): Markdown, safe HTML and plain text.</summary>
    public required MarkdownText Introduction { get; set; }
    /// <summary>Its authors, in credited order.</summary>
    public List<ReviewAuthor> Authors { get; set; } = [];
    /// <summary>Its key findings.</summary>
    public List<Finding> Findings { get; set; } = [];
}
