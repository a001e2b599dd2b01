namespace LpipEvidence.EndToEnd.Support;

/// <summary>One path for each kind of page the site serves, from the content fixtures (tests/Fixtures/content).</summary>
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

    /// <summary>The evidence map: themes against reviews, a wide table that scrolls in its own region on a phone.</summary>
    public const string Map = "/map";

    /// <summary>The open data page: downloads, their columns and licences, and the API.</summary>
    public const string Data = "/data";

    /// <summary>A search with results, rendered on the server, then live in an Interactive Server island.</summary>
    public const string Search = "/search?q=clusters";

    /// <summary>A shared briefing: three findings with a title and a note, all in the address.</summary>
    public const string Briefing =
        "/briefing?f=" + Slugs.Collaboration + "," + Slugs.PlaceBased + "," + Slugs.EvidenceBased +
        "&title=Innovation%20for%20the%20board&note=Three%20findings%20to%20discuss%20on%20Tuesday.";

    /// <summary>The briefing page with nothing chosen.</summary>
    public const string EmptyBriefing = "/briefing";

    /// <summary>The site-wide list of changes.</summary>
    public const string WhatsNew = "/whats-new";

    /// <summary>A review's list of changes, its findings' included.</summary>
    public const string ReviewChanges = "/reviews/test-only-transport/changes";

    /// <summary>A finding's change notes with the word-level difference between its two versions in git.</summary>
    public const string FindingChanges = "/findings/digital-connectivity-for-clusters/changes";

    /// <summary>A briefing made on 1 May 2025, before "Digital Connectivity for Clusters" changed (10 May and 1 June).</summary>
    public const string ChangedBriefing = "/briefing?f=digital-connectivity-for-clusters,evaluating-transport-investment&made=2025-05-01";

    /// <summary>The accessibility statement; About and privacy and cookies are pages of the same kind.</summary>
    public const string Accessibility = "/accessibility";

    /// <summary>Where a theme's "Follow" link leads: what a feed is, how to use one, and its address to copy.</summary>
    public const string FollowTheme = "/themes/clusters-and-place-based-policy/follow";

    /// <summary>The HTTP status each page must answer with.</summary>
    public static int ExpectedStatus(string path) => path == NotFound ? 404 : 200;

    /// <summary>Every page type, each at phone and desktop width: the rows of the page-type theories.</summary>
    public static TheoryData<string, int> EveryPageAtBothWidths { get; } = BothWidths(
        Home, Reviews, Review, Themes, Theme, Finding, Status, NotFound, Search, Briefing, EmptyBriefing, Data, Map,
        WhatsNew, ReviewChanges, FindingChanges, ChangedBriefing, Accessibility, FollowTheme);

    private static TheoryData<string, int> BothWidths(params string[] paths)
    {
        var data = new TheoryData<string, int>();
        foreach (var path in paths)
        {
            data.Add(path, Viewports.Phone);
            data.Add(path, Viewports.Desktop);
        }
        return data;
    }

    /// <summary>The slugs of the Innovation Evidence Review's five key findings, in the review's order.</summary>
    public static class Slugs
    {
        public const string InnovationPolicies = "importance-of-innovation-and-technology-policies";
        public const string LocalLeaders = "empowering-local-leaders-and-research-funding";
        public const string Collaboration = "collaboration-partnerships-and-skills-development";
        public const string PlaceBased = "place-based-approaches-and-cluster-development";
        public const string EvidenceBased = "evidence-based-and-experimental-policies";

        public static IReadOnlyList<string> All { get; } =
            [InnovationPolicies, LocalLeaders, Collaboration, PlaceBased, EvidenceBased];
    }
}
