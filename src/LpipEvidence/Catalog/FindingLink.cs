using LpipEvidence.Addresses;

namespace LpipEvidence.Catalog;

/// <summary>Enough of a finding to link to it.</summary>
public sealed record FindingLink(string Slug, string Title)
{
    /// <summary>Site-relative URL of the finding page.</summary>
    public string Url => SiteAddresses.Finding(Slug);
}
