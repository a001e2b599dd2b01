using Bunit;
using LpipEvidence.Search;
using LpipEvidence.Web.Components.Pages.Search;

namespace LpipEvidence.Web.Tests.Components;

public sealed class SearchFacetsTests : BunitTestContext
{
    private IRenderedComponent<SearchFacets> Render(IReadOnlyList<FacetCount> facets) =>
        Context.Render<SearchFacets>(p => p
            .Add(f => f.Heading, "By theme")
            .Add(f => f.Facets, facets)
            .Add(f => f.UrlFor, slug => "/search?q=x&theme=" + slug)
            .Add(f => f.RemoveUrl, "/search?q=x"));

    [Fact]
    public void SearchFacets_WithNothingToNarrowBy_RendersNoHeadingAtAll()
    {
        var facets = Render([]);

        Assert.Empty(facets.FindAll("h2"));
        Assert.Equal("", facets.Markup.Trim());
    }

    [Fact]
    public void SearchFacets_WithFacets_HeadsTheirLinks()
    {
        var facets = Render([new FacetCount("clusters", "Clusters", 3)]);

        Assert.Equal("By theme", facets.Find("h2").TextContent.Trim());
        Assert.Equal("/search?q=x&theme=clusters", facets.Find("li a").GetAttribute("href"));
    }
}
