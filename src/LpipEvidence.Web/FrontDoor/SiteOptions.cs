namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// Where the site is published and which reverse proxies it trusts. Section "Site".
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// The address people use to reach the site, for example <c>https://evidence.example.org/</c>. Absolute links
    /// (briefing exports, the briefing page, the address printed on pages) are built from it. When empty, they are
    /// built from the request, but only when its host is listed in <c>AllowedHosts</c>.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>
    /// IP addresses of reverse proxies whose <c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c> and
    /// <c>X-Forwarded-Host</c> headers are believed, for example <c>["10.0.0.5"]</c>. Empty (the default): no proxy is
    /// trusted and the headers are ignored.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted reverse proxies in CIDR notation, for example <c>["10.0.0.0/24"]</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Whether any proxy is trusted: without one, forwarded headers are never read.</summary>
    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>How many proxies in front of the site add to <c>X-Forwarded-For</c> (default 1).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>
    /// The address readers write to about a problem with a page, its accessibility or its content, for example
    /// <c>evidence@example.org</c>. Every page's footer links to it with the page's address filled in. When empty, the
    /// link leads to the About page, which says where the Hub can be reached.
    /// </summary>
    public string? ContactEmail { get; set; }

    /// <summary><see cref="ContactEmail"/> trimmed, or null when it is not set.</summary>
    public string? Contact => string.IsNullOrWhiteSpace(ContactEmail) ? null : ContactEmail.Trim();

    /// <summary>Why <see cref="ContactEmail"/> is not acceptable, or null when it is empty or a plain e-mail address.</summary>
    public static string? CheckContactEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        // A bare address only: a display name or a second address would end up in every footer's mailto link.
        return System.Net.Mail.MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && address.DisplayName.Length == 0
            && !trimmed.Contains('?') && !trimmed.Contains('&')
            ? null
            : $"Site:ContactEmail must be a plain e-mail address such as evidence@example.org, not '{value}'.";
    }

    /// <summary><see cref="PublicUrl"/> parsed, or null when it is not set.</summary>
    public Uri? PublicRoot =>
        string.IsNullOrWhiteSpace(PublicUrl) ? null : new Uri(PublicUrl.TrimEnd('/') + "/", UriKind.Absolute);

    /// <summary>Why <see cref="PublicUrl"/> is not acceptable, or null when it is empty or fine.</summary>
    public static string? CheckPublicUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (value.Any(char.IsWhiteSpace)) return "Site:PublicUrl must not contain spaces.";
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"Site:PublicUrl must be an absolute http or https address such as https://evidence.example.org/, not '{value}'.";
        }
        // The site links to its pages from the root ("/reviews"), so it can only be published at a host's root.
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return $"Site:PublicUrl must be the root of a host, such as https://evidence.example.org/, with no path, query, fragment or user name: '{value}'.";
        }
        return null;
    }

    /// <summary>Why a proxy address or network is not acceptable, or null when every entry parses.</summary>
    public string? CheckProxies()
    {
        foreach (var proxy in KnownProxies)
        {
            if (!System.Net.IPAddress.TryParse(proxy, out _)) return $"Site:KnownProxies holds '{proxy}', which is not an IP address.";
        }
        foreach (var network in KnownNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _)) return $"Site:KnownNetworks holds '{network}', which is not a network such as 10.0.0.0/24.";
        }
        return ForwardLimit < 1 ? "Site:ForwardLimit must be 1 or more." : null;
    }
}
