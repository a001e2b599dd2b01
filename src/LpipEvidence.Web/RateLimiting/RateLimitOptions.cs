namespace LpipEvidence.Web.RateLimiting;

/// <summary>
/// Per-client limits (by IP address, as forwarded by a trusted proxy; IPv6 clients by their /64 network). Section
/// "RateLimits". The defaults are far above what a person does, including a whole office behind one address.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Whether any limit applies (default true). Turn off only for load tests.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>/api/search</c>: default 300 a minute (five a second, sustained).</summary>
    public RateLimitRule Search { get; set; } = new() { PermitLimit = 300 };

    /// <summary>
    /// Briefing exports (<c>/briefing/docx</c>, <c>/briefing/md</c>), citations (<c>/reviews/{slug}/cite.*</c>) and the
    /// downloads of every finding (<c>/data/findings.csv</c>, <c>/data/findings.json</c>): default 60 a minute.
    /// </summary>
    public RateLimitRule Exports { get; set; } = new() { PermitLimit = 60 };

    /// <summary>The read API (<c>/api/reviews</c>, <c>/api/themes</c>, <c>/api/findings</c>...) and <c>/openapi/v1.json</c>: default 300 a minute.</summary>
    public RateLimitRule Data { get; set; } = new() { PermitLimit = 300 };
    /// <summary>Atom feeds of changes: default 120 a minute (feed readers poll a few feeds now and then).</summary>
    public RateLimitRule Feeds { get; set; } = new() { PermitLimit = 120 };

    /// <summary>Saving briefings ("Save and share"): default 10 a minute, each save a row kept for years.</summary>
    public RateLimitRule SaveBriefing { get; set; } = new() { PermitLimit = 10 };

    /// <summary>New interactive connections (each can hold one circuit): default 60 a minute.</summary>
    public RateLimitRule Circuits { get; set; } = new() { PermitLimit = 60 };

    /// <summary>Interactive connections one client may hold open at once (default 50).</summary>
    public int OpenCircuits { get; set; } = 50;
}
