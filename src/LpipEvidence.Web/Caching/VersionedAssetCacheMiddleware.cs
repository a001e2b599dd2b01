namespace LpipEvidence.Web.Caching;

/// <summary>
/// Caches a package's static file for a year when the address names the version being served (see
/// <see cref="VersionedAssets"/>). Without the version, or with another one, the static-asset endpoint's own
/// <c>no-cache</c> stands: that address may change with the next upgrade.
/// </summary>
public sealed class VersionedAssetCacheMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (VersionedAssets.IsCurrentVersion(context.Request)) context.Response.OnStarting(SetHeader, context);
        return next(context);
    }

    private static Task SetHeader(object state)
    {
        var response = ((HttpContext)state).Response;
        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
        {
            response.Headers.CacheControl = VersionedAssets.ImmutableCacheControl;
        }
        return Task.CompletedTask;
    }
}
