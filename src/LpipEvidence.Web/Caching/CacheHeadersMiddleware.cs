using LpipEvidence.Web.Errors;

namespace LpipEvidence.Web.Caching;

/// <summary>
/// The one place that writes Cache-Control, just before a response starts:
/// <list type="bullet">
/// <item>an endpoint that declares <see cref="ApiCacheControl"/> (the API, downloads, feeds, citations, sitemap,
/// robots.txt) gets its value on 200 and 304, and <c>no-store</c> on any error, so a proxy never keeps a 429 or a 503;</item>
/// <item>any other answer under <c>/api</c> gets <c>no-cache</c> (a cache must ask again each time), errors <c>no-store</c>;</item>
/// <item>a package's static file asked for with the version being served (<see cref="VersionedAssets"/>) is cached
/// for a year as immutable; without the version the static-asset endpoint's own <c>no-cache</c> stands.</item>
/// </list>
/// ETags come from <see cref="EntityTagFilter"/>.
/// </summary>
public sealed class CacheHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(SetHeader, context);
        return next(context);
    }

    private static Task SetHeader(object state)
    {
        var context = (HttpContext)state;
        if (For(context) is { } value) context.Response.Headers.CacheControl = value;
        return Task.CompletedTask;
    }

    /// <summary>The Cache-Control a response gets, or null to leave it as it is.</summary>
    internal static string? For(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var reusable = status is StatusCodes.Status200OK or StatusCodes.Status304NotModified;
        if (VersionedAssets.IsCurrentVersion(context.Request)) return reusable ? VersionedAssets.ImmutableCacheControl : null;
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<ApiCacheControl>()?.Value;
        if (declared is null && !ApiRoutes.Is(context.Request)) return null;
        if (status >= StatusCodes.Status400BadRequest) return "no-store";
        return reusable ? declared ?? "no-cache" : "no-cache";
    }
}
