using LpipEvidence.Addresses;

namespace LpipEvidence.Catalog;

/// <summary>A theme with its description and how many findings carry it.</summary>
public sealed record ThemeSummary(string Slug, string Title, string DescriptionHtml, string DescriptionText, int FindingCount)
{
    /// <summary>Site-relative URL of the theme page.</summary>
    public string Url => SiteAddresses.Theme(Slug);
}
