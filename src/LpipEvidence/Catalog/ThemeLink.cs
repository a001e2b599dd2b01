using LpipEvidence.Addresses;

namespace LpipEvidence.Catalog;

/// <summary>Enough of a theme to link to it.</summary>
public sealed record ThemeLink(string Slug, string Title)
{
    /// <summary>Site-relative URL of the theme page.</summary>
    public string Url => SiteAddresses.Theme(Slug);
}
