using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// Whether a request's Host is a host name or address with an optional port (1 to 65535), the only form anything
/// may build an address from. <c>localhost:99999</c>, an empty Host or <c>[::1</c> would make <see cref="Uri"/>
/// throw wherever the request's address is built.
/// </summary>
public static class HostHeader
{
    /// <summary>What a client is told when its Host is refused.</summary>
    public const string Refusal = "Bad Request: the Host header must be a host name or IP address, optionally with a port from 1 to 65535.";

    /// <summary>Whether the request's Host header (read raw: parsing it as a <see cref="HostString"/> can throw) is valid.</summary>
    public static bool IsValid(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers.Host;
        return values.Count == 1 && IsValid(values[0]);
    }

    /// <summary>Whether a Host value is a host name or address with an optional port.</summary>
    public static bool IsValid(string? value)
    {
        if (!IsWellFormed(value)) return false;
        try
        {
            // A punycode label (xn--) that does not decode makes the framework's own parsing throw.
            _ = HostString.FromUriComponent(value!).ToUriComponent();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsWellFormed(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 270) return false;
        string name;
        string? port = null;
        if (value[0] == '[')
        {
            var end = value.IndexOf(']', StringComparison.Ordinal);
            if (end < 0) return false;
            name = value[1..end];
            var rest = value[(end + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':') return false;
                port = rest[1..];
            }
            if (!IPAddress.TryParse(name, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6 || name.Contains('%', StringComparison.Ordinal)) return false;
        }
        else
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                if (value.IndexOf(':', colon + 1) >= 0) return false;
                port = value[(colon + 1)..];
                name = value[..colon];
            }
            else
            {
                name = value;
            }
            if (name.Length is 0 or > 253 || Uri.CheckHostName(name) is not (UriHostNameType.Dns or UriHostNameType.IPv4)) return false;
        }
        return port is null || (port.Length is > 0 and <= 5 && port.All(char.IsAsciiDigit)
            && int.Parse(port, NumberStyles.None, CultureInfo.InvariantCulture) is >= 1 and <= 65535);
    }
}
