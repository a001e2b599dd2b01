using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Web.Components.Pages.Briefing;

namespace LpipEvidence.Web.Tests.Components;

public sealed class BriefingChangeNoticeTests : BunitTestContext
{
    private static readonly FindingView Finding = new("digital-connectivity-for-clusters", "Digital Connectivity for Clusters", 2,
        "test-only-transport", "Test Fixture Review", "<p>Text.</p>", "Text.", "<p>Takeaway.</p>", "Takeaway.", []);

    [Fact]
    public void ChangeNotice_SaysInWordsWhatChangedSinceTheBriefingWasMade()
    {
        var notice = Context.Render<BriefingChangeNotice>(p => p
            .Add(n => n.Finding, Finding)
            .Add(n => n.Made, new DateOnly(2025, 5, 1))
            .Add(n => n.Changes,
            [
                new ChangeEntry(new DateOnly(2025, 6, 1), "Clarified coverage.", ContentKind.Finding, Finding.Slug, Finding.Title, 1),
                new ChangeEntry(new DateOnly(2025, 5, 10), "Added a source.", ContentKind.Finding, Finding.Slug, Finding.Title, 0),
            ]));

        var box = notice.Find("div.briefing-change");
        Assert.Equal("note", box.GetAttribute("role"));
        var heading = notice.Find("h3");
        Assert.Equal(("changed-digital-connectivity-for-clusters", "Changed since this briefing was made on 1 May 2025"), (heading.Id, heading.TextContent));
        Assert.Equal(heading.Id, box.GetAttribute("aria-labelledby"));
        Assert.Equal(["1 June 2025: Clarified coverage.", "10 May 2025: Added a source."], notice.FindAll(".briefing-change__notes li").Select(li => li.TextContent));
        var more = notice.Find(".briefing-change__more a");
        Assert.Equal("/findings/digital-connectivity-for-clusters/changes", Href.Parse(more.GetAttribute("href")).Path);
        Assert.Equal("Every change to this finding: Digital Connectivity for Clusters", more.TextContent);
    }
}
