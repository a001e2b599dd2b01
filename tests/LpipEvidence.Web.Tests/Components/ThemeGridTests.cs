using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class ThemeGridTests : BunitTestContext
{
    private static readonly ThemeSummary[] Themes =
    [
        new("devolution-and-local-leadership", "Devolution and local leadership", "<p>Powers <em>closer</em> to places.</p>", "Powers closer to places.", 1),
        new("transport-and-connectivity", "Transport and connectivity", "<p>Getting about.</p>", "Getting about.", 3),
    ];

    [Fact]
    public void ThemeGrid_LinksEachThemeUnderAHeading_WithItsFindingCount()
    {
        var grid = Context.Render<ThemeGrid>(p => p.Add(g => g.Themes, Themes).Add(g => g.HeadingLevel, 3));

        var cards = grid.FindAll("ul.theme-grid > li").ToList();
        Assert.Equal(2, cards.Count);
        Assert.Equal(
            [("/themes/devolution-and-local-leadership", "Devolution and local leadership"), ("/themes/transport-and-connectivity", "Transport and connectivity")],
            cards.Select(c => c.QuerySelector("h3 a")!).Select(a => (Href.Parse(a.GetAttribute("href")).Path, a.TextContent)));
        Assert.Equal(["1 finding", "3 findings"], cards.Select(c => c.QuerySelector(".theme-grid__count")!.TextContent));
        Assert.Equal("Powers closer to places.", cards[0].QuerySelector(".theme-grid__description")!.TextContent);
        Assert.Equal("closer", cards[0].QuerySelector(".theme-grid__description em")!.TextContent);
    }

    [Fact]
    public void ThemeGrid_CanLeaveOutTheDescriptions()
    {
        var grid = Context.Render<ThemeGrid>(p => p.Add(g => g.Themes, Themes).Add(g => g.ShowDescriptions, false));

        Assert.Equal(2, grid.FindAll("h2 a").Count);
        Assert.Empty(grid.FindAll(".theme-grid__description"));
    }
}
