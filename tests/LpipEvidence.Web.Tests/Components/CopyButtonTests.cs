using Bunit;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class CopyButtonTests : BunitTestContext
{
    [Fact]
    public void CopyButton_HasAVisibleStatusBesideIt_ForEveryoneAndForScreenReaders()
    {
        var copy = Context.Render<CopyButton>(p => p.Add(c => c.Text, "https://x.example/briefing").Add(c => c.Label, "Copy link").Add(c => c.Copied, "Link copied."));

        var button = copy.Find("button[data-copy]");
        Assert.Equal("https://x.example/briefing", button.GetAttribute("data-copy"));
        Assert.Equal("Link copied.", button.GetAttribute("data-copied"));
        Assert.True(button.HasAttribute("hidden"));   // shown by briefing.js, which does the copying
        var status = copy.Find("button + [data-copy-status]");
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.DoesNotContain("visually-hidden", status.ClassList);
    }
}
