using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Caching;

/// <summary>
/// Keeps per-person antiforgery tokens out of pages that are cached and served to everyone. Blazor asks for tokens
/// on every page it renders: it sets the antiforgery cookie and writes a request token into the page's protected
/// component state (<c>&lt;!--Blazor-Server-Component-State:...--&gt;</c>) for interactive forms. A cached content
/// page has no form and no interactive island, so on those pages no token is made or stored; everywhere else this
/// hands over to the framework's own implementation.
/// </summary>
public sealed class CachedPageAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        ContentPageCache.IsCachedPage(httpContext) ? NoTokens() : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        ContentPageCache.IsCachedPage(httpContext) ? NoTokens() : inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    // The field and header names only, so code that renders them still works; no token that could be shared.
    private AntiforgeryTokenSet NoTokens() => new(null, null, options.Value.FormFieldName, options.Value.HeaderName);
}
