namespace LpipEvidence.Web.RateLimiting;

/// <summary>
/// The named per-client limits, each attached where it applies: <c>.RequireRateLimiting(RateLimitPolicies.Search)</c>
/// on an endpoint, <c>[EnableRateLimiting(...)]</c> on a page. Only the Blazor hub, which is not an endpoint of
/// ours, is limited by its path (see <see cref="RateLimitServiceCollectionExtensions"/>).
/// </summary>
public static class RateLimitPolicies
{
    /// <summary><c>/api/search</c> (<see cref="RateLimitOptions.Search"/>).</summary>
    public const string Search = "search";

    /// <summary>Briefing exports, review citations and the bulk downloads (<see cref="RateLimitOptions.Exports"/>).</summary>
    public const string Exports = "exports";

    /// <summary>The read API other than search, and the OpenAPI document (<see cref="RateLimitOptions.Data"/>).</summary>
    public const string Data = "data";

    /// <summary>Atom feeds of changes (<see cref="RateLimitOptions.Feeds"/>).</summary>
    public const string Feeds = "feeds";

    /// <summary>Saving a briefing: only a POST to the page counts (<see cref="RateLimitOptions.SaveBriefing"/>).</summary>
    public const string SaveBriefing = "save-briefing";
}
