using LpipEvidence.Web.Errors;

namespace LpipEvidence.Web.Caching;

/// <summary>
/// Gives every API answer a Cache-Control header: errors (any status from 400) <c>no-store</c>, so a proxy never
/// keeps a 429 or a 503; successful answers what the endpoint declares with <see cref="ApiCacheControl"/>, else
/// <c>no-cache</c> (a cache must ask again each time).
/// </summary>
public sealed class ApiCacheHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (ApiRoutes.Is(context.Request)) context.Response.OnStarting(SetHeader, context);
        return next(context);
    }

    private static Task SetHeader(object state)
    {
        var context = (HttpContext)state;
        var response = context.Response;
        response.Headers.CacheControl = response.StatusCode >= StatusCodes.Status400BadRequest ? "no-store"
            : context.GetEndpoint()?.Metadata.GetMetadata<ApiCacheControl>()?.Value ?? "no-cache";
        return Task.CompletedTask;
    }
}
