using System.Net;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>
/// The search page's first results are static HTML outside the interactive island, so the island's first
/// interactive render (which rebuilds everything inside it on the phone's main thread) draws only the form.
/// </summary>
public sealed class SearchIslandTests(OperationsAppFactory app) : IClassFixture<OperationsAppFactory>
{
    [Theory]
    [InlineData("/search?q=clusters")]
    [InlineData("/search?q=transport&theme=transport-and-connectivity")]
    public async Task FirstResults_AreOutsideTheIsland(string url)
    {
        var (response, page) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll("[data-search-static] .search-hit"));
        Assert.Single(page.QuerySelectorAll(".search-results"));
        var island = page.QuerySelector(".search-live");
        Assert.NotNull(island);
        Assert.Empty(island.QuerySelectorAll(".search-hit, .search-results"));
        // The island (the form and this empty container) has an element of its own, before the static results.
        Assert.NotNull(page.QuerySelector(".search-island > form.search-form + .search-live"));
        Assert.NotNull(page.QuerySelector(".search-island + [data-search-static]"));
    }
}
