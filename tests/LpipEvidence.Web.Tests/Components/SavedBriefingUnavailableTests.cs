using Bunit;
using LpipEvidence.Web.Components.Briefings;
using LpipEvidence.Web.SavedBriefings;

namespace LpipEvidence.Web.Tests.Components;

public sealed class SavedBriefingUnavailableTests : BunitTestContext
{
    [Fact]
    public void SavedBriefingUnavailable_SaysSo_AndLeadsToWhatStillWorks()
    {
        var page = Context.Render<SavedBriefingUnavailable>();

        Assert.Equal("This saved briefing cannot be opened just now", page.Find("h1").TextContent);
        Assert.Contains(SavedBriefingService.UnavailableMessage, page.Find(".prose").TextContent, StringComparison.Ordinal);
        Assert.Equal(["/themes", "/search", "/briefing"], page.FindAll("a").Select(a => Href.Parse(a.GetAttribute("href")).Path));
    }
}
