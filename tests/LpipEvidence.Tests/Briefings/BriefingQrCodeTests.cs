using System.Text;
using System.Text.RegularExpressions;
using LpipEvidence.Briefings;

namespace LpipEvidence.Tests.Briefings;

/// <summary>
/// The QR code of a briefing's address. That it decodes to the address is checked in a browser
/// (LpipEvidence.EndToEnd PrintTests), where the drawn image is read back.
/// </summary>
public sealed partial class BriefingQrCodeTests
{
    [Fact]
    public void A_briefing_address_gives_a_square_black_on_white_svg()
    {
        var svg = BriefingQrCode.Svg(BriefingSamples.BriefingUrl);

        Assert.NotNull(svg);
        var box = ViewBox().Match(svg);
        Assert.True(box.Success, svg);
        // Version 1 is 21 modules a side and the quiet zone adds 4 on each side; every version adds 4.
        var side = int.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(side, int.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(side, 29, 17 + 4 * BriefingQrCode.MaxVersion + 8);
        Assert.Equal(0, (side - 29) % 4);
        Assert.Contains("<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#fff\"/>", svg, StringComparison.Ordinal);
        Assert.Contains("<path fill=\"#000\" d=\"M", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_address_gives_the_same_code_and_another_address_another()
    {
        var one = BriefingQrCode.Svg(BriefingSamples.BriefingUrl);

        Assert.Equal(one, BriefingQrCode.Svg(BriefingSamples.BriefingUrl));
        Assert.NotEqual(one, BriefingQrCode.Svg(BriefingSamples.BriefingUrl + "&title=Board"));
    }

    [Fact]
    public void The_data_url_carries_the_svg()
    {
        var url = BriefingQrCode.DataUrl(BriefingSamples.BriefingUrl);

        Assert.NotNull(url);
        Assert.StartsWith("data:image/svg+xml;base64,", url, StringComparison.Ordinal);
        Assert.Equal(BriefingQrCode.Svg(BriefingSamples.BriefingUrl), Encoding.UTF8.GetString(Convert.FromBase64String(url["data:image/svg+xml;base64,".Length..])));
    }

    [Fact]
    public void An_address_too_long_to_scan_from_paper_gives_no_code()
    {
        // A briefing with a long note: about 3,000 characters once escaped.
        var address = BriefingSamples.BriefingUrl + "&note=" + Uri.EscapeDataString(new string('é', 500) + " " + new string('x', 400));

        Assert.Null(BriefingQrCode.Svg(address));
        Assert.Null(BriefingQrCode.DataUrl(address));
    }

    [GeneratedRegex("viewBox=\"0 0 ([0-9]+) ([0-9]+)\"")]
    private static partial Regex ViewBox();
}
