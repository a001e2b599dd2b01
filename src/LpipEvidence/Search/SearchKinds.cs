namespace LpipEvidence.Search;

/// <summary>What a search result is.</summary>
public static class SearchKinds
{
    public const string Finding = "finding";
    public const string Review = "review";
    public const string Theme = "theme";

    /// <summary>The site-relative address of a result's page.</summary>
    public static string Url(string kind, string slug) => kind switch
    {
        Review => $"/reviews/{slug}",
        Theme => $"/themes/{slug}",
        _ => $"/findings/{slug}",
    };
}
