using Bunit;
using LpipEvidence.Search;
using LpipEvidence.Web.Components.Pages.Search;

namespace LpipEvidence.Web.Tests.Components;

public sealed class SearchResultsViewTests : BunitTestContext
{
    private static SearchResults Results(string? suggestion = null) => new()
    {
        Query = "colaboration",
        Total = 25,
        Page = 1,
        PageSize = 10,
        Hits = [new SearchHit(SearchKinds.Theme, "partnerships", "Partnerships", "Partnerships", "A theme", null, [], SearchMatch.Meaning)],
        Themes = [new FacetCount("partnerships", "Partnerships", 3)],
        Reviews = [new FacetCount("innovation", "Innovation Evidence Review", 3)],
        Suggestion = suggestion,
    };

    [Fact]
    public void AsTypedResults_KeepTheWordsAsTypedThroughFiltersAndPages_ButNotThroughTheCorrection()
    {
        var view = Context.Render<SearchResultsView>(p => p
            .Add(v => v.Results, Results("collaboration"))
            .Add(v => v.Query, "colaboration")
            .Add(v => v.AsTyped, true));

        var links = view.FindAll("a[href^='/search?']").Select(a => a.GetAttribute("href")!).ToList();
        var correction = Assert.Single(links, l => l.StartsWith("/search?q=collaboration", StringComparison.Ordinal));
        Assert.Equal("/search?q=collaboration", correction);
        var kept = links.Where(l => l != correction).ToList();
        // The two facets, and the pager's pages 1 (this page), 2, 3 and next.
        Assert.Equal(6, kept.Count);
        Assert.All(kept, l => Assert.EndsWith("&asTyped=true", l, StringComparison.Ordinal));
        Assert.Contains("/search?q=colaboration&page=2&asTyped=true", kept);
        Assert.Contains("/search?q=colaboration&theme=partnerships&asTyped=true", kept);
    }

    [Fact]
    public void CorrectedResults_LinkTheirFiltersWithoutAsTyped()
    {
        var view = Context.Render<SearchResultsView>(p => p
            .Add(v => v.Results, Results())
            .Add(v => v.Query, "colaboration"));

        var links = view.FindAll("a[href^='/search?']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.DoesNotContain("asTyped", l, StringComparison.Ordinal));
    }
}
