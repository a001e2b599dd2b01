using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Web.Components.Pages.Search;

namespace LpipEvidence.Web.Tests.Components;

public sealed class NoResultsTests : BunitTestContext
{
    private static readonly ThemeSummary[] Themes =
    [
        new("skills-and-talent", "Skills and talent", "", "", 2),
        new("transport-and-connectivity", "Transport and connectivity", "", "", 3),
    ];

    [Fact]
    public void NoResults_SuggestsWhatToTry_AndOffersEveryThemeToBrowse()
    {
        var view = Context.Render<NoResults>(p => p.Add(n => n.Themes, Themes));

        Assert.Contains("Try fewer or different words", view.Find("p").TextContent, StringComparison.Ordinal);
        Assert.Equal("Browse by theme", view.Find("h2").TextContent);
        Assert.Equal(
            [("/themes/skills-and-talent", "Skills and talent"), ("/themes/transport-and-connectivity", "Transport and connectivity")],
            view.FindAll("ul.link-list a").Select(a => (Href.Parse(a.GetAttribute("href")).Path, a.TextContent)));
    }

    [Fact]
    public void NoResults_WithoutIntro_OnlyOffersTheThemes()
    {
        var view = Context.Render<NoResults>(p => p.Add(n => n.Themes, Themes).Add(n => n.Intro, false));

        Assert.Empty(view.FindAll("p"));
        Assert.Equal(2, view.FindAll("ul.link-list a").Count);
    }
}
