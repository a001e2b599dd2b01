using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class FindingCardTests : BunitTestContext
{
    private static readonly FindingView Finding = new(
        "place-based-approaches-and-cluster-development",
        "Place-based Approaches and Cluster Development",
        4,
        "innovation",
        "Innovation Evidence Review",
        "<p>Innovation policies are increasingly shifting.</p>",
        "Innovation policies are increasingly shifting.",
        "<p>Supporting cluster growth is viewed as impactful.</p>",
        "Supporting cluster growth is viewed as impactful.",
        [new ThemeLink("clusters-and-place-based-policy", "Clusters and place-based policy"), new ThemeLink("evaluation-and-benchmarking", "Evaluation and benchmarking")]);

    [Fact]
    public void FindingCard_RendersTheTitleAsALinkAtTheRequestedLevel()
    {
        var card = Context.Render<FindingCard>(p => p.Add(c => c.Finding, Finding).Add(c => c.HeadingLevel, 2));

        var heading = card.Find("article.finding-card h2#finding-place-based-approaches-and-cluster-development");
        Assert.Equal("/findings/place-based-approaches-and-cluster-development", heading.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Place-based Approaches and Cluster Development", heading.TextContent.Trim());
        Assert.Equal("finding-place-based-approaches-and-cluster-development", card.Find("article").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void FindingCard_SetsTheTakeawayApartOneHeadingLevelBelowTheTitle()
    {
        var card = Context.Render<FindingCard>(p => p.Add(c => c.Finding, Finding).Add(c => c.HeadingLevel, 3));

        var takeaway = card.Find("div.takeaway");
        Assert.Equal("Key takeaway", takeaway.QuerySelector("h4")!.TextContent.Trim());
        Assert.Equal("Supporting cluster growth is viewed as impactful.", takeaway.QuerySelector(".takeaway__text")!.TextContent.Trim());
        Assert.Contains("Innovation policies are increasingly shifting.", card.Find(".finding-card__body").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Supporting cluster growth", card.Find(".finding-card__body").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FindingCard_LinksEachThemeInOrder()
    {
        var card = Context.Render<FindingCard>(p => p.Add(c => c.Finding, Finding));

        var links = card.FindAll(".theme-chips a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal(
            [("/themes/clusters-and-place-based-policy", "Clusters and place-based policy"), ("/themes/evaluation-and-benchmarking", "Evaluation and benchmarking")],
            links);
    }

    [Fact]
    public void FindingCard_NamesItsReviewOnlyWhenAsked()
    {
        var without = Context.Render<FindingCard>(p => p.Add(c => c.Finding, Finding));
        Assert.Empty(without.FindAll("a[href='/reviews/innovation']"));

        var with = Context.Render<FindingCard>(p => p.Add(c => c.Finding, Finding).Add(c => c.ShowReview, true));
        Assert.Equal("Innovation Evidence Review", with.Find("a[href='/reviews/innovation'] cite").TextContent);
    }

    [Fact]
    public void FindingCard_WithoutThemes_HidesTheThemeList()
    {
        var card = Context.Render<FindingCard>(p => p.Add(c => c.Finding, Finding).Add(c => c.ShowThemes, false));
        Assert.Empty(card.FindAll(".theme-chips"));
    }

    [Fact]
    public void FindingCard_OnAThemesPage_DoesNotRepeatThatTheme()
    {
        var card = Context.Render<FindingCard>(p => p.Add(c => c.Finding, Finding).Add(c => c.CurrentTheme, "clusters-and-place-based-policy"));

        Assert.Equal(["/themes/evaluation-and-benchmarking"], card.FindAll(".theme-chips a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Also in:", card.Find(".theme-chips__label").TextContent);
    }

    [Fact]
    public void FindingCard_WhoseOnlyThemeIsThePages_ShowsNoTags()
    {
        var single = Finding with { Themes = [new ThemeLink("evaluation-and-benchmarking", "Evaluation and benchmarking")] };

        var card = Context.Render<FindingCard>(p => p.Add(c => c.Finding, single).Add(c => c.CurrentTheme, "evaluation-and-benchmarking"));

        Assert.Empty(card.FindAll(".theme-chips"));
    }

    [Fact]
    public void FindingCard_PutsTheTakeawayStraightAfterTheTitle()
    {
        var card = Context.Render<FindingCard>(p => p.Add(c => c.Finding, Finding));

        var heading = card.Find("#finding-place-based-approaches-and-cluster-development");
        Assert.Equal("takeaway", heading.NextElementSibling?.ClassName);
        Assert.Contains("finding-card__body", heading.NextElementSibling?.NextElementSibling?.ClassName, StringComparison.Ordinal);
    }
}
