using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>Page tests, continued: the themes page and a theme's page.</summary>
public sealed partial class PageTests
{
    [Fact]
    public async Task Themes_ListsEveryThemeWithItsFindingCount()
    {
        var document = await Ok("/themes");
        AssertThemeCounts(document.QuerySelectorAll(".theme-grid li"));
        // Counted across both reviews: two findings of the Innovation Evidence Review and one of the second review.
        Assert.Contains(("Evaluation and benchmarking", 3), ThemeCounts);
        Assert.NotNull(document.QuerySelector("a[href='/themes/evaluation-and-benchmarking']"));
        Assert.NotNull(document.QuerySelector("a[href='/themes/transport-and-connectivity']"));
    }

    [Fact]
    public async Task Theme_ShowsItsFindingsWithTheirSourceReviewAndAttribution()
    {
        var document = await Ok("/themes/partnerships-and-collaboration");
        Assert.Equal("Partnerships and collaboration", document.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            ["Collaboration, Partnerships, and Skills Development", "Place-based Approaches and Cluster Development"],
            document.QuerySelectorAll("article.finding-card h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(2, document.QuerySelectorAll("article.finding-card a[href='/reviews/innovation']").Length);
        AssertAttributed(document);
        Assert.Single(document.QuerySelectorAll("aside.attribution"));
    }

    [Fact]
    public async Task Theme_FindingTagsNameTheirOtherThemes_NotTheThemeOfThePage()
    {
        var document = await Ok("/themes/partnerships-and-collaboration");
        var cards = document.QuerySelectorAll("article.finding-card");

        Assert.NotEmpty(cards);
        Assert.Empty(document.QuerySelectorAll("article.finding-card .theme-chips a[href='/themes/partnerships-and-collaboration']"));
        Assert.All(cards, card => Assert.Equal("Also in:", card.QuerySelector(".theme-chips__label")?.TextContent));
        Assert.Equal(
            ["/themes/skills-and-talent", "/themes/innovation-ecosystems"],
            cards[0].QuerySelectorAll(".theme-chips a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Themes_SaysHowTheyAreOrdered()
    {
        var document = await Ok("/themes");
        Assert.Contains("alphabetical order", document.QuerySelector("p.lead")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Theme_CarriedByBothReviews_GroupsItsFindingsUnderEachReviewAndCreditsBoth()
    {
        var document = await Ok("/themes/evaluation-and-benchmarking");
        var groups = document.QuerySelectorAll("section.theme-review-group").ToList();
        Assert.Equal(["from-innovation", "from-test-only-transport"], groups.Select(g => g.QuerySelector("h3")?.Id));
        Assert.Equal(["/reviews/innovation", "/reviews/test-only-transport"], groups.Select(g => g.QuerySelector("h3 a")?.GetAttribute("href")));
        Assert.Equal(
            ["Place-based Approaches and Cluster Development", "Evidence-Based and Experimental Policies"],
            groups[0].QuerySelectorAll("article.finding-card h4").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Evaluating Transport Investment"], groups[1].QuerySelectorAll("article.finding-card h4").Select(h => h.TextContent.Trim()));
        Assert.Contains("2 findings", groups[0].QuerySelector("h3")?.TextContent, StringComparison.Ordinal);
        AssertAttributed(document);
        AssertTransportAttributed(document);
    }
}
