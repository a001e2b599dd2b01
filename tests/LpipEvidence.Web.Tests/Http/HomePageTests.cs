using System.Net;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>The home page points feed readers at the site's feed and gives the main job, a briefing, a clear start.</summary>
public sealed class HomePageTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    [Fact]
    public async Task Home_AdvertisesTheSitesFeed_ForFeedReaders()
    {
        var (response, document) = await app.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alternate = document.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']");
        Assert.NotNull(alternate);
        Assert.Equal("/whats-new/feed.atom", alternate.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(alternate.GetAttribute("title")));
    }

    [Fact]
    public async Task Home_StartsTheMainJob_MakingABriefing_WithStepsAndALink()
    {
        var (_, document) = await app.GetPageAsync("/");

        var start = document.QuerySelector("section.start-briefing");
        Assert.NotNull(start);
        Assert.Equal("Make a briefing for your board", start.QuerySelector("h2")?.TextContent.Trim());
        Assert.Equal(3, start.QuerySelectorAll("ol > li").Length);
        Assert.Equal("/themes", start.QuerySelector("a.button")?.GetAttribute("href"));
        // Right after the introduction, before the long lists of reviews and themes.
        Assert.Equal("start-briefing-heading", document.QuerySelectorAll("main h2").First().Id);
    }
}
