using LpipEvidence.Addresses;
using LpipEvidence.Content;

namespace LpipEvidence.Catalog;

/// <summary>A review's metadata: what every page needs to credit it.</summary>
public sealed record ReviewSummary(
    string Slug,
    string Title,
    string? Subtitle,
    IReadOnlyList<Author> Authors,
    string Publisher,
    PublicationMonth Published,
    string LicenceName,
    string LicenceCode,
    string? LicenceUrl,
    MarkdownText Citation,
    string SourceUrl,
    string ProgrammeTheme,
    int FindingCount)
{
    /// <summary>"Dr Chloe Billing", or "A, B and C" for several authors.</summary>
    public string AuthorNames => Authors.Count switch
    {
        0 => "",
        1 => Authors[0].DisplayName,
        _ => string.Join(", ", Authors.Take(Authors.Count - 1).Select(a => a.DisplayName)) + " and " + Authors[^1].DisplayName,
    };

    /// <summary>Site-relative URL of the review page.</summary>
    public string Url => SiteAddresses.Review(Slug);
}
