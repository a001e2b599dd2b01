using Bunit;
using LpipEvidence.Search;
using LpipEvidence.Web.Components.Pages.Search;

namespace LpipEvidence.Web.Tests.Components;

public sealed class SearchPagerTests : BunitTestContext
{
    private static SearchResults Results(int page, int total) => new()
    {
        Query = "skills",
        Total = total,
        Page = page,
        PageSize = 10,
        Hits = [],
        Themes = [],
        Reviews = [],
    };

    private IRenderedComponent<SearchPager> Render(int page, int total, string? theme = null) =>
        Context.Render<SearchPager>(p => p.Add(s => s.Results, Results(page, total)).Add(s => s.Query, "skills & talent").Add(s => s.Theme, theme));

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(10)]
    public void OnePageOrNone_HasNoPager(int total)
    {
        Assert.Equal("", Render(1, total).Markup.Trim());
    }

    [Fact]
    public void FirstPage_HasNoPrevious_MarksItselfCurrent_AndLinksTheNext()
    {
        var pager = Render(1, 25);

        Assert.Equal("Result pages", pager.Find("nav").GetAttribute("aria-label"));
        Assert.Empty(pager.FindAll("a[rel=prev]"));
        var current = pager.Find("a[aria-current=page]");
        Assert.Equal("Page 1", current.TextContent);
        Assert.Equal(["Page 1", "Page 2", "Page 3"], pager.FindAll("li a:not([rel])").Select(a => a.TextContent));
        var next = Href.Parse(pager.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal(("/search", "skills & talent", "2"), (next.Path, next.One("q"), next.One("page")));
    }

    [Fact]
    public void LastPage_HasNoNext_AndLinksThePrevious()
    {
        var pager = Render(3, 25);

        Assert.Empty(pager.FindAll("a[rel=next]"));
        Assert.Equal("2", Href.Parse(pager.Find("a[rel=prev]").GetAttribute("href")).One("page"));
        Assert.Equal("Previous page", pager.Find("a[rel=prev]").TextContent);
    }

    [Fact]
    public void ManyPages_ShowFiveAroundTheCurrentOne()
    {
        var pager = Render(6, 200);

        Assert.Equal(["4", "5", "6", "7", "8"], pager.FindAll("li a:not([rel])").Select(a => a.TextContent.Replace("Page ", "", StringComparison.Ordinal)));
        Assert.Equal("Page 6", pager.Find("a[aria-current=page]").TextContent);
    }

    [Fact]
    public void EveryPageLink_KeepsTheWordsAndTheFilter()
    {
        var pager = Render(2, 45, theme: "skills-and-talent");

        var links = pager.FindAll("a").Select(a => Href.Parse(a.GetAttribute("href"))).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Equal(("/search", "skills & talent", "skills-and-talent"), (href.Path, href.One("q"), href.One("theme"))));
    }
}
