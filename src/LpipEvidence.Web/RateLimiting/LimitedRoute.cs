namespace LpipEvidence.Web.RateLimiting;

/// <summary>Which limit a request falls under.</summary>
public enum LimitedRoute
{
    /// <summary>No limit: pages, static files, health.</summary>
    None,

    /// <summary><c>/api/search</c>.</summary>
    Search,

    /// <summary>Briefing exports, review citations and the bulk downloads of findings.</summary>
    Exports,

    /// <summary>The read API (<c>/api/</c> other than search) and the OpenAPI document.</summary>
    Data,
    /// <summary>Atom feeds of changes (<c>/whats-new/feed.atom</c>, <c>/themes/{slug}/feed.atom</c>, <c>/reviews/{slug}/feed.atom</c>).</summary>
    Feeds,

    /// <summary>Saving a briefing ("Save and share": a POST to <c>/briefing</c>).</summary>
    SaveBriefing,

    /// <summary>A request that opens a new interactive connection, and with it at most one circuit.</summary>
    NewCircuit,
}
