namespace LpipEvidence.OpenData;

/// <summary>Site-relative addresses of the open data: the read API, the bulk downloads and the page that explains them.</summary>
public static class OpenDataPaths
{
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

    /// <summary>The list of reviews.</summary>
    public const string Reviews = "/api/reviews";

    /// <summary>The list of themes.</summary>
    public const string Themes = "/api/themes";

    /// <summary>The findings, a page at a time.</summary>
    public const string Findings = "/api/findings";

    /// <summary>One review.</summary>
    public static string Review(string slug) => $"{Reviews}/{slug}";

    /// <summary>One theme.</summary>
    public static string Theme(string slug) => $"{Themes}/{slug}";

    /// <summary>One finding.</summary>
    public static string Finding(string slug) => $"{Findings}/{slug}";

    /// <summary>A review's citation as a RIS record.</summary>
    public static string Ris(string reviewSlug) => $"/reviews/{reviewSlug}/cite.ris";

    /// <summary>A review's citation as a BibTeX entry.</summary>
    public static string BibTeX(string reviewSlug) => $"/reviews/{reviewSlug}/cite.bib";
}
