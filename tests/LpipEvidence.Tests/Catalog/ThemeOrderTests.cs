using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Catalog;

/// <summary>Every list of themes is in alphabetical order of title, whatever order editors gave the themes.</summary>
public sealed class ThemeOrderTests(FixtureStore fixtures) : IClassFixture<FixtureStore>
{
    [Fact]
    public async Task Themes_are_listed_A_to_Z_by_title()
    {
        var titles = (await fixtures.Catalog.GetThemesAsync()).Select(t => t.Title).ToList();

        Assert.Equal(9, titles.Count);
        Assert.Equal(titles.Order(StringComparer.InvariantCultureIgnoreCase), titles);
        // The fixtures' editors put "Evaluation and benchmarking" eighth: alphabetically it is third.
        Assert.Equal("Evaluation and benchmarking", titles[2]);
    }

    [Fact]
    public async Task The_home_page_lists_themes_in_the_same_order()
    {
        var home = await fixtures.Catalog.GetHomeAsync();

        Assert.Equal((await fixtures.Catalog.GetThemesAsync()).Select(t => t.Slug), home.Themes.Select(t => t.Slug));
    }
}
