using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// Every page answers with its content whichever of its store queries is slow. Blazor renders a page once as soon as
/// its <c>OnInitializedAsync</c> waits (static rendering throws that render away, but still runs it), so a page that
/// read data still loading, without a guard, answered 500 whenever a query after its first was slow.
/// </summary>
public sealed class SlowStoreTests(SlowStoreAppFactory app) : IClassFixture<SlowStoreAppFactory>
{
    /// <summary>More queries than any page makes, so every await of every page is made to yield once.</summary>
    private const int MostQueries = 8;

    [Theory]
    [InlineData("/", "Evidence for place-based policy")]
    [InlineData("/reviews", "Test Fixture Review of Transport and Connectivity")]
    [InlineData("/reviews/innovation", "Innovation Evidence Review")]
    [InlineData("/reviews/innovation/changes", "Changes to Innovation Evidence Review")]
    [InlineData("/reviews/innovation/follow", "Follow changes to Innovation Evidence Review")]
    [InlineData("/themes", "Skills and talent")]
    [InlineData("/themes/skills-and-talent", "Skills and talent")]
    [InlineData("/themes/skills-and-talent/changes", "Changes to Skills and talent")]
    [InlineData("/findings/digital-connectivity-for-clusters", "Digital Connectivity for Clusters")]
    [InlineData("/findings/digital-connectivity-for-clusters/changes", "Changes to Digital Connectivity for Clusters")]
    [InlineData("/briefing?f=digital-connectivity-for-clusters,evaluating-transport-investment&title=Board%20pack", "Board pack")]
    [InlineData("/briefing", "Your briefing")]
    [InlineData("/search?q=transport", "Evaluating Transport Investment")]
    [InlineData("/search?q=clusters&theme=skills-and-talent", "Search the evidence")]
    [InlineData("/map", "Evidence map")]
    [InlineData("/whats-new", "What's new")]
    [InlineData("/whats-new/follow", "Follow what's new")]
    [InlineData("/data", "Open data")]
    [InlineData("/status", "Content status")]
    public async Task Page_WhicheverQueryIsSlow_AnswersWithItsContent(string url, string expected)
    {
        var client = app.CreateClient();
        var failures = new List<string>();
        for (var slowFrom = 1; slowFrom <= MostQueries; slowFrom++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(SlowStoreAppFactory.SlowFromHeader, slowFrom.ToString(CultureInfo.InvariantCulture));
            using var response = await client.SendAsync(request);
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            var main = document.QuerySelector("main")?.TextContent ?? "";
            if (response.StatusCode != HttpStatusCode.OK || !main.Contains(expected, StringComparison.Ordinal))
            {
                failures.Add($"slow from query {slowFrom}: {(int)response.StatusCode}, main {(main.Length > 80 ? main[..80] : main)}");
            }
        }

        Assert.Empty(failures);
    }
}
