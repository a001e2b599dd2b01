namespace LpipEvidence.Credits;

/// <summary>
/// The names the site uses in its own words, each in one form. Quotations and citations keep the form their source
/// published (a review may call the Hub something else); everything the site says itself takes these. A review's
/// name is its front matter's <c>title</c>, alone: its <c>subtitle</c> stays in its data, never joined to its name.
/// </summary>
public static class SiteNames
{
    /// <summary>The site itself.</summary>
    public const string Site = "LPIP Evidence";

    /// <summary>The Hub that publishes the reviews, in full.</summary>
    public const string Hub = "Local Policy Innovation Partnerships Hub";

    /// <summary>The Hub's short name, used after <see cref="Hub"/> has introduced it.</summary>
    public const string HubShort = "LPIP Hub";
}
