using Microsoft.AspNetCore.HttpOverrides;

namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// Drops an <c>X-Forwarded-Proto</c> that names anything but <c>http</c> or <c>https</c> before the forwarded-headers
/// middleware reads it, so no other scheme (<c>javascript</c>, <c>data</c>...) can reach a link, a sitemap or the
/// HSTS decision, even from a trusted proxy. The first such header is logged; later ones are not, so a client
/// cannot fill the log with them.
/// </summary>
public sealed partial class ForwardedSchemeFilter(RequestDelegate next, ILogger<ForwardedSchemeFilter> logger)
{
    private int _logged;

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.TryGetValue(ForwardedHeadersDefaults.XForwardedProtoHeaderName, out var values) && !AreWebSchemes(values))
        {
            headers.Remove(ForwardedHeadersDefaults.XForwardedProtoHeaderName);
            if (Interlocked.Exchange(ref _logged, 1) == 0) LogIgnored();
        }
        return next(context);
    }

    /// <summary>Whether every entry of the (comma-separated, possibly repeated) header is http or https.</summary>
    public static bool AreWebSchemes(Microsoft.Extensions.Primitives.StringValues values)
    {
        foreach (var value in values)
        {
            foreach (var part in (value ?? "").Split(','))
            {
                var scheme = part.Trim();
                if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase)) return false;
            }
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Ignored an X-Forwarded-Proto that is not http or https (logged once; later ones are ignored silently)")]
    private partial void LogIgnored();
}
