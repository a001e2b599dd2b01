using System.Globalization;
using System.Text;
using LpipEvidence.Content;

namespace LpipEvidence.Addresses;

/// <summary>
/// Every address of the site, in one table: the route templates that <c>MapGet</c>, <c>@page</c> (as
/// <c>@attribute [Route(...)]</c>) and <c>[Route]</c> are given, and the builders that make links to them, for the
/// pages, the view records' <c>Url</c>, the feeds, the sitemap, the read API and the exports. Builders return
/// site-relative addresses with every value escaped: a slug or id as a path segment, query values as data.
/// </summary>
/// <remarks>
/// It lives in the library because the library writes addresses too (view records, feeds, open data, briefings);
/// the web project only reads it, so the dependency runs one way. The library does not reference ASP.NET Core, so
/// query strings are built by <see cref="WithQuery"/> alone, never by hand elsewhere.
/// </remarks>
public static partial class SiteAddresses
{
    // --- Content pages -------------------------------------------------------------------------------------------

    /// <summary>The home page.</summary>
    public const string Home = "/";

    /// <summary>Every review.</summary>
    public const string Reviews = "/reviews";

    /// <summary>Every theme.</summary>
    public const string Themes = "/themes";

    // Page routes name their parameter as the page's property is named ({Slug}, {Id}): the request log shows the route.

    /// <summary>Route of a review's page.</summary>
    public const string ReviewRoute = "/reviews/{Slug}";

    /// <summary>Route of a theme's page.</summary>
    public const string ThemeRoute = "/themes/{Slug}";

    /// <summary>Route of a finding's page.</summary>
    public const string FindingRoute = "/findings/{Slug}";

    /// <summary>Route of the list of changes to a review.</summary>
    public const string ReviewChangesRoute = "/reviews/{Slug}/changes";

    /// <summary>Route of the list of changes to a theme.</summary>
    public const string ThemeChangesRoute = "/themes/{Slug}/changes";

    /// <summary>Route of the list of changes to a finding.</summary>
    public const string FindingChangesRoute = "/findings/{Slug}/changes";

    /// <summary>Route of the page that explains how to follow a review's feed.</summary>
    public const string ReviewFollowRoute = "/reviews/{Slug}/follow";

    /// <summary>Route of the page that explains how to follow a theme's feed.</summary>
    public const string ThemeFollowRoute = "/themes/{Slug}/follow";

    /// <summary>The page of a review.</summary>
    public static string Review(string slug) => Reviews + "/" + Segment(slug);

    /// <summary>The page of a theme.</summary>
    public static string Theme(string slug) => Themes + "/" + Segment(slug);

    /// <summary>The page of a finding.</summary>
    public static string Finding(string slug) => "/findings/" + Segment(slug);

    /// <summary>The page of a review, finding or theme.</summary>
    public static string Of(ContentKind kind, string slug) => kind switch
    {
        ContentKind.Review => Review(slug),
        ContentKind.Theme => Theme(slug),
        _ => Finding(slug),
    };

    /// <summary>The page of a review, finding or theme named by its kind's word (<see cref="KindName"/>), as search results name it.</summary>
    public static string Of(string kindName, string slug) => kindName switch
    {
        "review" => Review(slug),
        "theme" => Theme(slug),
        _ => Finding(slug),
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
    public static string ThemeFindingsFrom(string themeSlug, string reviewSlug) => $"{Theme(themeSlug)}#{ReviewGroupId(reviewSlug)}";

    /// <summary>The id of the group of a review's findings on a theme page.</summary>
    public static string ReviewGroupId(string reviewSlug) => $"from-{reviewSlug}";

    /// <summary>What the Hub and this knowledge base are, and who maintains it.</summary>
    public const string About = "/about";

    /// <summary>The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask for.</summary>
    public const string Accessibility = "/accessibility";

    /// <summary>What the site stores, where, and that nothing tracks.</summary>
    public const string Privacy = "/privacy";

    /// <summary>The status page for editors.</summary>
    public const string Status = "/status";

    /// <summary>The page shown for an address that is not the site's.</summary>
    public const string NotFoundPage = "/not-found";

    /// <summary>The page shown when something went wrong.</summary>
    public const string ErrorPage = "/error";

    // --- Feeds ---------------------------------------------------------------------------------------------------

    /// <summary>The Atom feed of the site-wide list of changes.</summary>
    public const string WhatsNewFeed = "/whats-new/feed.atom";

    /// <summary>The page that explains how to follow the site-wide feed.</summary>
    public const string WhatsNewFollow = "/whats-new/follow";

    /// <summary>Route of a review's Atom feed.</summary>
    public const string ReviewFeedRoute = "/reviews/{slug}/feed.atom";

    /// <summary>Route of a theme's Atom feed.</summary>
    public const string ThemeFeedRoute = "/themes/{slug}/feed.atom";

    /// <summary>The Atom feed of the changes to a review or a theme (and to their findings).</summary>
    public static string FeedOf(ContentKind kind, string slug) => Of(kind, slug) + "/feed.atom";

    /// <summary>The page that explains how to follow a feed (what a feed is, how to use one, its address to copy).</summary>
    public static string FollowOf(string feedUrl) =>
        feedUrl.EndsWith("/feed.atom", StringComparison.Ordinal) ? feedUrl[..^"feed.atom".Length] + "follow" : feedUrl;

    // --- Search --------------------------------------------------------------------------------------------------

    /// <summary>The search page.</summary>
    public const string SearchPage = "/search";

    /// <summary>
    /// The shareable address of a search: its words, filters and page, nothing else; <paramref name="asTyped"/>
    /// searches the words without correcting them.
    /// </summary>
    public static string Search(string? query, string? theme = null, string? review = null, int page = 1, bool asTyped = false) =>
        WithQuery(SearchPage,
            ("q", string.IsNullOrWhiteSpace(query) ? null : query.Trim()),
            ("theme", string.IsNullOrEmpty(theme) ? null : theme),
            ("review", string.IsNullOrEmpty(review) ? null : review),
            ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
            ("asTyped", asTyped ? "true" : null));

    // --- Briefings -----------------------------------------------------------------------------------------------

    /// <summary>The briefing page, which reads its findings and details from the query.</summary>
    public const string BriefingPage = "/briefing";

    /// <summary>A briefing as a Word document (same query as the page).</summary>
    public const string BriefingDocx = "/briefing/docx";

    /// <summary>A briefing as Markdown (same query as the page).</summary>
    public const string BriefingMarkdown = "/briefing/md";

    /// <summary>
    /// A briefing's address: <c>/briefing?f=a,b,c&amp;made=...&amp;title=...&amp;note=...&amp;by=...</c>, with each slug
    /// and value escaped and the commas between slugs literal (the page splits <c>f</c> on them). Empty values are left out.
    /// <paramref name="path"/> is the page or one of its exports.
    /// </summary>
    public static string Briefing(IEnumerable<string> findingSlugs, DateOnly? made = null, string? title = null, string? note = null,
        string? preparedBy = null, string path = BriefingPage)
    {
        ArgumentNullException.ThrowIfNull(findingSlugs);
        var slugs = string.Join(',', findingSlugs.Select(Uri.EscapeDataString));
        return Query(path, [
            ("f", slugs.Length == 0 ? null : slugs),
            ("made", made?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("title", title),
            ("note", note),
            ("by", preparedBy),
        ], escapedNames: ["f"]);
    }

    /// <summary>The first segment of every saved briefing's address.</summary>
    public const string SavedBriefingPrefix = "/b";

    /// <summary>Route of a saved briefing's page.</summary>
    public const string SavedBriefingRoute = "/b/{Id}";

    /// <summary>Route of a saved briefing's Word document.</summary>
    public const string SavedBriefingDocxRoute = "/b/{id}/docx";

    /// <summary>Route of a saved briefing's Markdown.</summary>
    public const string SavedBriefingMarkdownRoute = "/b/{id}/md";

    /// <summary>The saved briefing's page: <c>/b/{id}</c>.</summary>
    public static string SavedBriefing(string id) => SavedBriefingPrefix + "/" + Segment(id);

    /// <summary>Its Word or Markdown export: <c>/b/{id}/docx</c>, <c>/b/{id}/md</c>.</summary>
    public static string SavedBriefingExport(string id, string format) => SavedBriefing(id) + "/" + Segment(format);

    // --- Building ------------------------------------------------------------------------------------------------

    /// <summary>A value as one path segment: escaped, so it can never add a segment or a query.</summary>
    private static string Segment(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Uri.EscapeDataString(value);
    }

    /// <summary>
    /// <paramref name="path"/> with a query of the parameters that have a value, in order, each name and value
    /// escaped as data; the one place the library writes a query string.
    /// </summary>
    public static string WithQuery(string path, params (string Name, string? Value)[] parameters) => Query(path, parameters, []);

    private static string Query(string path, (string Name, string? Value)[] parameters, string[] escapedNames)
    {
        var url = new StringBuilder(path);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrEmpty(value)) continue;
            var escaped = escapedNames.Contains(name, StringComparer.Ordinal) ? value : Uri.EscapeDataString(value);
            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(escaped);
            separator = '&';
        }
        return url.ToString();
    }
}
