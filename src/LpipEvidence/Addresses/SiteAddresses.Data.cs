using System.Globalization;

namespace LpipEvidence.Addresses;

// The table of addresses, continued: open data, the read API and discovery (the rest is in SiteAddresses.cs).
public static partial class SiteAddresses
{
    // --- Open data -----------------------------------------------------------------------------------------------

    /// <summary>The human page that explains the downloads, their columns and licences, and the API.</summary>
    public const string DataPage = "/data";

    /// <summary>The OpenAPI document that describes every API endpoint.</summary>
    public const string OpenApiDocument = "/openapi/v1.json";

    /// <summary>Every finding as CSV.</summary>
    public const string FindingsCsv = "/data/findings.csv";

    /// <summary>The evidence map (themes against reviews) as CSV.</summary>
    public const string EvidenceMapCsv = "/data/evidence-map.csv";

    /// <summary>Every finding as JSON.</summary>
    public const string FindingsJson = "/data/findings.json";

    /// <summary>Route of a review's citation as a RIS record.</summary>
    public const string RisRoute = "/reviews/{slug}/cite.ris";

    /// <summary>Route of a review's citation as a BibTeX entry.</summary>
    public const string BibTeXRoute = "/reviews/{slug}/cite.bib";

    /// <summary>A review's citation as a RIS record.</summary>
    public static string Ris(string reviewSlug) => Review(reviewSlug) + "/cite.ris";

    /// <summary>A review's citation as a BibTeX entry.</summary>
    public static string BibTeX(string reviewSlug) => Review(reviewSlug) + "/cite.bib";

    /// <summary>The first segment of the read API.</summary>
    public const string ApiPrefix = "/api";

    /// <summary>The search as JSON.</summary>
    public const string ApiSearch = "/api/search";

    /// <summary>The list of reviews.</summary>
    public const string ApiReviews = "/api/reviews";

    /// <summary>The list of themes.</summary>
    public const string ApiThemes = "/api/themes";

    /// <summary>The findings, a page at a time.</summary>
    public const string ApiFindings = "/api/findings";

    /// <summary>Route of one review in the API.</summary>
    public const string ApiReviewRoute = "/api/reviews/{slug}";

    /// <summary>Route of one theme in the API.</summary>
    public const string ApiThemeRoute = "/api/themes/{slug}";

    /// <summary>Route of one finding in the API.</summary>
    public const string ApiFindingRoute = "/api/findings/{slug}";

    /// <summary>Route of one saved briefing in the API.</summary>
    public const string ApiSavedBriefingRoute = "/api/briefings/{id}";

    /// <summary>One review.</summary>
    public static string ApiReview(string slug) => ApiReviews + "/" + Segment(slug);

    /// <summary>One theme.</summary>
    public static string ApiTheme(string slug) => ApiThemes + "/" + Segment(slug);

    /// <summary>One finding.</summary>
    public static string ApiFinding(string slug) => ApiFindings + "/" + Segment(slug);

    /// <summary>A page of the findings, with the filter it was asked for.</summary>
    public static string ApiFindingsPage(int page, int pageSize, string? review, string? theme) => WithQuery(ApiFindings,
        ("page", page.ToString(CultureInfo.InvariantCulture)),
        ("pageSize", pageSize.ToString(CultureInfo.InvariantCulture)),
        ("review", review),
        ("theme", theme));

    /// <summary>The read API's answer for a saved briefing: <c>/api/briefings/{id}</c>.</summary>
    public static string ApiSavedBriefing(string id) => "/api/briefings/" + Segment(id);

    // --- Discovery -----------------------------------------------------------------------------------------------

    /// <summary>The sitemap, or its index when it has parts.</summary>
    public const string Sitemap = "/sitemap.xml";

    /// <summary>Route of one part of a sitemap too large for one file.</summary>
    public const string SitemapPartRoute = "/sitemaps/{part:int}.xml";

    /// <summary>One part of a sitemap too large for one file.</summary>
    public static string SitemapPart(int part) => string.Create(CultureInfo.InvariantCulture, $"/sitemaps/{part}.xml");

    /// <summary>The rules for crawlers.</summary>
    public const string Robots = "/robots.txt";
}
