namespace LpipEvidence.EndToEnd.Support;

/// <summary>One path for each kind of page the site serves, from the repository's content.</summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string Reviews = "/reviews";
    public const string Review = "/reviews/innovation";
    public const string Themes = "/themes";
    public const string Theme = "/themes/clusters-and-place-based-policy";
    public const string Finding = "/findings/place-based-approaches-and-cluster-development";
    public const string Status = "/status";
    public const string NotFound = "/findings/no-such-finding";

    /// <summary>The HTTP status each page must answer with.</summary>
    public static int ExpectedStatus(string path) => path == NotFound ? 404 : 200;
}
