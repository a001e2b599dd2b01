using LpipEvidence.Addresses;

namespace LpipEvidence.Catalog;

/// <summary>A finding as pages show it: text, takeaway, themes and the review it comes from.</summary>
public sealed record FindingView(
    string Slug,
    string Title,
    int Order,
    string ReviewSlug,
    string ReviewTitle,
    string BodyHtml,
    string BodyText,
    string TakeawayHtml,
    string TakeawayText,
    IReadOnlyList<ThemeLink> Themes)
{
    /// <summary>Site-relative URL of the finding page.</summary>
    public string Url => SiteAddresses.Finding(Slug);
}
