using System.Globalization;
using System.Text;
using QRCoder;
using QRCoder.Exceptions;

namespace LpipEvidence.Briefings;

/// <summary>
/// A QR code of a briefing's address, so someone holding the printed briefing can open the live one with a phone
/// camera. Drawn as SVG (one path, black on white, with the standard four-module quiet zone) so it prints sharp at
/// any size and needs no script.
/// </summary>
public static class BriefingQrCode
{
    /// <summary>
    /// The largest QR version drawn (117 modules a side). Bigger codes, for addresses with long notes, have modules
    /// too small to scan from a printed 4 cm square; the printed briefing then shows the address as text instead.
    /// </summary>
    public const int MaxVersion = 25;

    /// <summary>The SVG document of a QR code (error correction level M) for <paramref name="address"/>, or null when it is too long to scan from paper.</summary>
    public static string? Svg(string address)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        QRCodeData data;
        try
        {
            data = QRCodeGenerator.GenerateQrCode(address, QRCodeGenerator.ECCLevel.M);
        }
        catch (DataTooLongException)
        {
            return null;
        }
        using (data)
        {
            if (data.Version > MaxVersion) return null;
            var matrix = data.ModuleMatrix;
            var size = matrix.Count;
            var path = new StringBuilder();
            for (var y = 0; y < size; y++)
            {
                // Runs of dark modules along a row, each one rectangle: far fewer path commands than one per module.
                for (var x = 0; x < size; x++)
                {
                    if (!matrix[y][x]) continue;
                    var start = x;
                    while (x + 1 < size && matrix[y][x + 1]) x++;
                    path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
                }
            }
            return string.Create(CultureInfo.InvariantCulture,
                $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>""");
        }
    }

    /// <summary>The code as a <c>data:</c> URL for an <c>&lt;img&gt;</c> (allowed by the site's Content-Security-Policy), or null as for <see cref="Svg"/>.</summary>
    public static string? DataUrl(string address) =>
        Svg(address) is { } svg ? "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)) : null;
}
