using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Web.Components.Pages.Findings;

namespace LpipEvidence.Web.Tests.Components;

public sealed class RelatedFindingsListTests : BunitTestContext
{
    [Fact]
    public void RelatedFindings_LinkEachFinding_NamingItsReview_AndWhatTheyShare()
    {
        var list = Context.Render<RelatedFindingsList>(p => p.Add(l => l.Findings,
        [
            new RelatedFinding("digital-connectivity-for-clusters", "Digital Connectivity for Clusters", "test-only-transport", "Test Fixture Review",
                [new ThemeLink("transport-and-connectivity", "Transport and connectivity"), new ThemeLink("clusters-and-place-based-policy", "Clusters and place-based policy")]),
            new RelatedFinding("importance-of-innovation-and-technology-policies", "Importance of Innovation", "innovation", "Innovation Evidence Review", []),
        ]));

        Assert.Equal("related-heading", list.Find("section.related").GetAttribute("aria-labelledby"));
        Assert.Equal("Related findings", list.Find("h2#related-heading").TextContent);
        var items = list.FindAll("li.related__item").ToList();
        Assert.Equal(
            [("/findings/digital-connectivity-for-clusters", "Digital Connectivity for Clusters"), ("/findings/importance-of-innovation-and-technology-policies", "Importance of Innovation")],
            items.Select(i => i.QuerySelector("a.related__title")!).Select(a => (Href.Parse(a.GetAttribute("href")).Path, a.TextContent)));
        Assert.Equal(["Test Fixture Review", "Innovation Evidence Review"], items.Select(i => i.QuerySelector("cite")!.TextContent));
        Assert.EndsWith("shares Transport and connectivity, Clusters and place-based policy", items[0].QuerySelector(".related__meta")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("says similar things", items[1].QuerySelector(".related__meta")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoRelatedFindings_ShowNothing()
    {
        Assert.Equal("", Context.Render<RelatedFindingsList>(p => p.Add(l => l.Findings, [])).Markup.Trim());
    }
}
