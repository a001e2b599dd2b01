using Bunit;
using LpipEvidence.Briefings;
using LpipEvidence.Web.Components.Pages.Briefing;

namespace LpipEvidence.Web.Tests.Components;

public sealed class BriefingLinkTests : BunitTestContext
{
    private const string Address = "https://evidence.example.org/briefing?f=place-based-approaches-and-cluster-development&title=Board";

    [Fact]
    public void BriefingLink_ShowsAQrCodeOfTheAddress_WithAShortLineForPaper()
    {
        var link = Context.Render<BriefingLink>(p => p.Add(l => l.Address, Address));

        var qr = link.Find("img.briefing-link__qr");
        Assert.Equal(BriefingQrCode.DataUrl(Address), qr.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(qr.GetAttribute("alt")));
        Assert.Contains("scan the code", link.Find(".briefing-link__scan").TextContent, StringComparison.Ordinal);
        Assert.Equal("LPIP Evidence, evidence.example.org", link.Find(".briefing-link__site").TextContent);
        // The long address is for the screen only; paper has the code.
        var url = link.Find(".briefing__url");
        Assert.Contains("no-print", url.ClassList);
        Assert.Equal(Address, url.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void BriefingLink_TooLongForAScannableCode_PrintsTheAddressInstead()
    {
        var address = Address + "&note=" + new string('x', 2500);

        var link = Context.Render<BriefingLink>(p => p.Add(l => l.Address, address));

        Assert.Empty(link.FindAll("img"));
        var url = link.Find(".briefing__url");
        Assert.DoesNotContain("no-print", url.ClassList);
        Assert.Equal(address, url.QuerySelector("a")?.TextContent);
    }
}
