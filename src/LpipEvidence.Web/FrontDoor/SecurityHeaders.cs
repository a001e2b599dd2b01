namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// Secure-by-default response headers. Scripts come only from this site; MudBlazor sets inline styles, so styles
/// allow 'unsafe-inline' (styles cannot run script). <see cref="FrontDoorMiddleware"/> adds them to every response
/// as it starts, so error answers (which clear the headers set before) carry them too.
/// </summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>Adds each header the response does not already carry.</summary>
    public static void Apply(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy);
        headers.TryAdd("X-Content-Type-Options", "nosniff");
        headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.TryAdd("X-Frame-Options", "DENY");
        headers.TryAdd("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
