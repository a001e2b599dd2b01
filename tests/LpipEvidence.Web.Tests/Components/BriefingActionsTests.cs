using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class BriefingActionsTests : BunitTestContext
{
    private static FindingView Finding(string slug, string title) => new(slug, title, 1, "innovation", "Innovation Evidence Review",
        "<p>Text.</p>", "Text.", "<p>Takeaway.</p>", "Takeaway.", []);

    private static readonly FindingView[] Two =
    [
        Finding("bus-networks-and-regional-labour-markets", "Bus Networks"),
        Finding("digital-connectivity-for-clusters", "Digital Connectivity"),
    ];

    private IRenderedComponent<BriefingActions> Render(IReadOnlyList<FindingView> findings, string title = "Transport & connectivity") =>
        Context.Render<BriefingActions>(p => p.Add(a => a.Findings, findings).Add(a => a.Title, title));

    [Fact]
    public void BriefingActions_WithoutFindings_ShowNothing()
    {
        Assert.Equal("", Render([]).Markup.Trim());
    }

    [Fact]
    public void ReadyMadeBriefing_LinksToABriefingOfEveryFindingInOrder_TitledByThePage()
    {
        var link = Render(Two).Find("a.briefing-actions__ready");

        var href = Href.Parse(link.GetAttribute("href"));
        Assert.Equal("/briefing", href.Path);
        Assert.Equal(["bus-networks-and-regional-labour-markets", "digital-connectivity-for-clusters"], href.Findings());
        Assert.Equal("Evidence briefing: Transport & connectivity", href.One("title"));
        Assert.Equal("Ready-made briefing of all 2 findings on Transport & connectivity", link.TextContent);
        Assert.Equal(" on Transport & connectivity", link.QuerySelector(".visually-hidden")?.TextContent);
    }

    [Fact]
    public void ReadyMadeBriefing_TitleWithQueryCharacters_StaysOneTitle()
    {
        var link = Render(Two, "R&D? #1 = 100% + more").Find("a.briefing-actions__ready");

        var href = Href.Parse(link.GetAttribute("href"));
        Assert.Equal("Evidence briefing: R&D? #1 = 100% + more", href.One("title"));
        Assert.Equal(["f", "title"], href.Query.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddAll_IsAButtonForJavaScriptOnly_CarryingEveryFinding()
    {
        var button = Render(Two).Find("button[data-briefing-add-all]");

        Assert.True(button.HasAttribute("hidden"));
        Assert.Equal("bus-networks-and-regional-labour-markets,digital-connectivity-for-clusters", button.GetAttribute("data-briefing-add-all"));
        Assert.Equal("false", button.GetAttribute("aria-pressed"));
        Assert.Equal("Add all 2 findings to your briefing", button.TextContent.Trim());
        Assert.Equal("All 2 added to your briefing (select to remove)", button.GetAttribute("data-done-label"));
    }

    [Fact]
    public void OneFinding_IsCalledThisFinding()
    {
        var actions = Render([Two[0]]);

        Assert.Equal("Add this finding to your briefing", actions.Find("button").TextContent.Trim());
        Assert.StartsWith("Ready-made briefing of this finding", actions.Find("a").TextContent, StringComparison.Ordinal);
        Assert.Equal(["bus-networks-and-regional-labour-markets"], Href.Parse(actions.Find("a").GetAttribute("href")).Findings());
    }
}
