using System.Net;
using System.Net.Sockets;

namespace LpipEvidence.Web.RateLimiting;

/// <summary>Who a request comes from, for per-client limits: its IP address, IPv6 addresses by /64 network.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The client's key. Behind a trusted proxy this is the forwarded address (forwarded headers run first). An IPv6
    /// host usually owns a whole /64 network and can change address within it at will, so the network is the client.
    /// </summary>
    public static string Key(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
