namespace LpipEvidence.Web.RateLimiting;

/// <summary>Which limit a request falls under.</summary>
public enum LimitedRoute
{
    /// <summary>No limit: pages, static files, health.</summary>
    None,

    /// <summary><c>/api/search</c>.</summary>
    Search,

    /// <summary>Briefing exports and review citations.</summary>
    Exports,

    /// <summary>Atom feeds of changes (<c>/whats-new/feed.atom</c>, <c>/themes/{slug}/feed.atom</c>, <c>/reviews/{slug}/feed.atom</c>).</summary>
    Feeds,

    /// <summary>A request that opens a new interactive connection, and with it at most one circuit.</summary>
    NewCircuit,
}
