namespace LpipEvidence.Web.Caching;

/// <summary>Server-side caching of rendered content pages. Section "ContentCache".</summary>
public sealed class ContentCacheOptions
{
    public const string Section = "ContentCache";

    /// <summary>Whether content pages are cached at all (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a rendered page is kept (default 10 minutes). A re-import by the site itself shows at once whatever
    /// this is; this bounds how stale a page can be after an <c>import</c> run by another process on the same store.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Most memory the cache may hold, in megabytes (default 100); the least recently used pages go first.</summary>
    public int SizeLimitMegabytes { get; set; } = 100;
}
