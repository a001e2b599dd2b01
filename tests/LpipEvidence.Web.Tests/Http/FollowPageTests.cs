using System.Net;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// "Follow" links lead to a page that says what a feed is and how to use one, with the feed's address to copy; the
/// head's <c>&lt;link rel="alternate"&gt;</c> keeps pointing at the feed itself.
/// </summary>
public sealed class FollowPageTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    [Theory]
    [InlineData("/whats-new", "/whats-new/follow", "/whats-new/feed.atom")]
    [InlineData("/themes/clusters-and-place-based-policy", "/themes/clusters-and-place-based-policy/follow", "/themes/clusters-and-place-based-policy/feed.atom")]
    [InlineData("/reviews/innovation", "/reviews/innovation/follow", "/reviews/innovation/feed.atom")]
    [InlineData("/reviews/test-only-transport/changes", "/reviews/test-only-transport/follow", "/reviews/test-only-transport/feed.atom")]
    public async Task FollowLinks_LeadToTheExplainingPage_WhileTheHeadPointsAtTheFeed(string page, string follow, string feed)
    {
        var (_, document) = await app.GetPageAsync(page);

        Assert.Equal(follow, document.QuerySelector(".follow-link a")?.GetAttribute("href"));
        Assert.Equal(feed, document.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task FollowPage_SaysWhatAFeedIsAndHowToUseOne_AndGivesItsAddressToCopy()
    {
        var (response, document) = await app.GetPageAsync("/themes/clusters-and-place-based-policy/follow");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Follow changes to Clusters and place-based policy", document.QuerySelector("h1")?.TextContent.Trim());
        var address = document.QuerySelector("input#feed-address") as IHtmlInputElement;
        Assert.NotNull(address);
        Assert.True(address.IsReadOnly);
        Assert.Equal("http://localhost/themes/clusters-and-place-based-policy/feed.atom", address.Value);
        Assert.NotNull(document.QuerySelector("label[for=feed-address]"));
        Assert.Equal(address.Value, document.QuerySelector("button[data-copy]")?.GetAttribute("data-copy"));
        var text = document.QuerySelector("main")!.TextContent;
        Assert.Contains("What a feed is", text, StringComparison.Ordinal);
        Assert.Contains("feed reader", text, StringComparison.Ordinal);
        Assert.Contains("Outlook", text, StringComparison.Ordinal);
        Assert.Contains("e-mail", text, StringComparison.Ordinal);
        Assert.Equal("/themes/clusters-and-place-based-policy/feed.atom", document.Head!.QuerySelector("link[rel=alternate]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/themes/no-such-theme/follow")]
    [InlineData("/reviews/no-such-review/follow")]
    [InlineData("/reviews/%3Cscript%3E/follow")]
    public async Task FollowPage_OfAnUnknownThemeOrReview_Answers404(string url)
    {
        var (response, _) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
