using Bunit;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class PrintLinkTests : BunitTestContext
{
    [Fact]
    public void PrintLink_IsAButtonHiddenUntilJavaScriptCanPrint_AndNeverPrinted()
    {
        var link = Context.Render<PrintLink>();

        var button = link.Find("button[data-print]");
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.True(button.HasAttribute("hidden"));
        Assert.True(button.HasAttribute("data-needs-js"));
        Assert.Equal("Print this page", button.TextContent.Trim());
        Assert.Contains("no-print", link.Find("p").ClassList);
        Assert.NotEmpty(button.QuerySelectorAll("svg"));
        Assert.All(button.QuerySelectorAll("svg"), svg => Assert.Equal("true", svg.GetAttribute("aria-hidden")));
    }
}
