using LpipEvidence.Content;

namespace LpipEvidence.Catalog;

/// <summary>Site-relative addresses of content pages, built in one place.</summary>
public static class SitePaths
{
    /// <summary>The page of a review, finding or theme.</summary>
    public static string Of(ContentKind kind, string slug) => kind switch
    {
        ContentKind.Review => $"/reviews/{slug}",
        ContentKind.Theme => $"/themes/{slug}",
        _ => $"/findings/{slug}",
    };

    /// <summary>The kind's word in addresses and ids: "review", "finding" or "theme".</summary>
    public static string KindName(ContentKind kind) => kind switch
    {
        ContentKind.Review => "review",
        ContentKind.Theme => "theme",
        _ => "finding",
    };

    /// <summary>The full list of changes of a review, finding or theme.</summary>
    public static string ChangesOf(ContentKind kind, string slug) => Of(kind, slug) + "/changes";

    /// <summary>The site-wide list of changes, newest first.</summary>
    public const string WhatsNew = "/whats-new";

    /// <summary>The evidence map: themes against reviews.</summary>
    public const string EvidenceMap = "/map";

    /// <summary>Where a theme's page lists the findings of one review (the evidence map's cells link there).</summary>
    public static string ThemeFindingsFrom(string themeSlug, string reviewSlug) => $"{Of(ContentKind.Theme, themeSlug)}#{ReviewGroupId(reviewSlug)}";

    /// <summary>The id of the group of a review's findings on a theme page.</summary>
    public static string ReviewGroupId(string reviewSlug) => $"from-{reviewSlug}";

    /// <summary>The Atom feed of the site-wide list of changes.</summary>
    public const string WhatsNewFeed = "/whats-new/feed.atom";

    /// <summary>The Atom feed of the changes to a review or a theme (and to their findings).</summary>
    public static string FeedOf(ContentKind kind, string slug) => Of(kind, slug) + "/feed.atom";

    /// <summary>The page that explains how to follow a feed (what a feed is, how to use one, its address to copy).</summary>
    public static string FollowOf(string feedUrl) =>
        feedUrl.EndsWith("/feed.atom", StringComparison.Ordinal) ? feedUrl[..^"feed.atom".Length] + "follow" : feedUrl;

    /// <summary>What the Hub and this knowledge base are, and who maintains it.</summary>
    public const string About = "/about";

    /// <summary>The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask for.</summary>
    public const string Accessibility = "/accessibility";

    /// <summary>What the site stores, where, and that nothing tracks.</summary>
    public const string Privacy = "/privacy";
}
