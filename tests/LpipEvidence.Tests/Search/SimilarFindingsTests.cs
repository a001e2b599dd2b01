using LpipEvidence.Search;

namespace LpipEvidence.Tests.Search;

/// <summary>Related findings: those that share a finding's themes or say similar things.</summary>
public sealed class SimilarFindingsTests(FixtureSearch fixture) : IClassFixture<FixtureSearch>
{
    private SearchService Search => fixture.Store.Search;

    [Fact]
    public async Task SimilarFindings_PutTheFindingSharingThemeAndWordsFirst()
    {
        var similar = await Search.SimilarFindingsAsync("digital-connectivity-for-clusters", 3);

        Assert.NotEmpty(similar);
        Assert.Equal("place-based-approaches-and-cluster-development", similar[0].Slug);
        Assert.Equal("/findings/place-based-approaches-and-cluster-development", similar[0].Url);
        Assert.Equal("Innovation Evidence Review", similar[0].Review?.Title);
        Assert.Equal(["clusters-and-place-based-policy"], similar[0].SharedThemes.Select(t => t.Slug));
        Assert.Equal(similar.OrderByDescending(s => s.Score).Select(s => s.Slug), similar.Select(s => s.Slug));
    }

    [Fact]
    public async Task SimilarFindings_AreOtherFindingsOnly_AndAtMostTheCountAsked()
    {
        var similar = await Search.SimilarFindingsAsync("bus-networks-and-regional-labour-markets", 2);

        Assert.InRange(similar.Count, 1, 2);
        Assert.DoesNotContain(similar, s => s.Slug == "bus-networks-and-regional-labour-markets");
        Assert.All(similar, s => Assert.StartsWith("/findings/", s.Url, StringComparison.Ordinal));
        // Each shares a theme with it (transport and connectivity, or skills and talent).
        Assert.All(similar, s => Assert.NotEmpty(s.SharedThemes));
    }

    [Theory]
    [InlineData("no-such-finding")]
    [InlineData("skills-and-talent")]
    [InlineData("innovation")]
    public async Task SimilarFindings_OfSomethingThatIsNotAFinding_AreNone(string slug) =>
        Assert.Empty(await Search.SimilarFindingsAsync(slug, 5));
}
