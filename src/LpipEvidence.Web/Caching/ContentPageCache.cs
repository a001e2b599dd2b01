namespace LpipEvidence.Web.Caching;

/// <summary>
/// Names shared by the cached pages and the cache. A page opts in with
/// <c>@attribute [OutputCache(PolicyName = ContentPageCache.PolicyName)]</c>; such a page must hold nothing personal
/// and no form that posts: it is rendered once and served to everyone, without an antiforgery token
/// (see <see cref="CachedPageAntiforgery"/>).
/// </summary>
public static class ContentPageCache
{
    /// <summary>The output-cache policy of content pages.</summary>
    public const string PolicyName = "content-pages";

    /// <summary>The tag every cached content page carries, evicted when the content changes.</summary>
    public const string Tag = "content";

    /// <summary>Whether the request's endpoint is a cached content page.</summary>
    public static bool IsCachedPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute>()?.PolicyName == PolicyName;
}
