namespace LpipEvidence.Web.Discovery;

/// <summary>
/// Redirects a page asked for with capitals or a trailing slash to its canonical address for good (301), keeping the
/// query string, so every page has one address for readers, caches and search engines. The canonical form of a
/// canonical address is itself, so a redirect never leads to another.
/// </summary>
public sealed class CanonicalAddressMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && CanonicalAddress.Of(request.Path) is { } canonical
            && !string.Equals(canonical, request.Path.Value, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = request.PathBase.Add(new PathString(canonical)).ToUriComponent() + request.QueryString.ToUriComponent();
            return Task.CompletedTask;
        }
        return next(context);
    }
}
