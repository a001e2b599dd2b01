using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// Kestrel's limits, each stated (docs/operations.md lists them with why). They bound what slow or many connections
/// can hold on one instance; the per-address connection cap is the proxy's (deploy/nginx: <c>limit_conn</c>), since
/// behind it every reader's connection comes from the proxy's address.
/// </summary>
public static class KestrelLimits
{
    /// <summary>Open connections per instance (the default is unlimited): well under the file descriptors a service gets.</summary>
    public const int MaxConnections = 4_000;

    /// <summary>Open WebSockets (interactive circuits) per instance.</summary>
    public const int MaxUpgradedConnections = 2_000;

    /// <summary>How long a client may take to send all its request headers (the default is 30 s).</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long an idle kept-alive connection stays open (the default is 130 s); longer than nginx's 50 s upstream keep-alive, so nginx closes first.</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(65);

    /// <summary>The largest request body (the default is 30 MB): the site takes no uploads; nginx allows 64 KB too.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>The slowest a body may arrive or an answer be read, after a grace period: 240 bytes a second after 5 s (Kestrel's defaults, stated).</summary>
    public static readonly MinDataRate MinDataRate = new(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));

    /// <summary>The longest request line (path and query) and all headers together (Kestrel's defaults, stated).</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <inheritdoc cref="MaxRequestLineBytes"/>
    public const int MaxRequestHeadersBytes = 32 * 1024;

    public static void Apply(KestrelServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.MaxConcurrentConnections = MaxConnections;
        limits.MaxConcurrentUpgradedConnections = MaxUpgradedConnections;
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.MaxRequestBodySize = MaxRequestBodyBytes;
        limits.MinRequestBodyDataRate = MinDataRate;
        limits.MinResponseDataRate = MinDataRate;
        limits.MaxRequestLineSize = MaxRequestLineBytes;
        limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
    }
}
