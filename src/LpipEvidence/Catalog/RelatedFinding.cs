using LpipEvidence.Addresses;

namespace LpipEvidence.Catalog;

/// <summary>A finding related to another, with the themes the two share (in the other finding's order).</summary>
public sealed record RelatedFinding(string Slug, string Title, string ReviewSlug, string ReviewTitle, IReadOnlyList<ThemeLink> SharedThemes)
{
    /// <summary>Site-relative URL of the finding page.</summary>
    public string Url => SiteAddresses.Finding(Slug);
}
