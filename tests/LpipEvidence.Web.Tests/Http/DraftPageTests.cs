using System.Net;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>A review written <c>draft: true</c> is published nowhere, unless an editor previews drafts, when every page says so.</summary>
public sealed class DraftPageTests : IDisposable
{
    private const string DraftReview = "/reviews/test-only-transport";
    private const string DraftFinding = "/findings/bus-networks-and-regional-labour-markets";
    private readonly TempContent _content = TempContent.CopyOf(RepositoryPaths.FixtureContent);

    public DraftPageTests()
    {
        var review = Path.Combine(_content.Root, "reviews", "test-only-transport", "review.md");
        File.WriteAllText(review, File.ReadAllText(review).Replace("\ntitle:", "\ndraft: true\ntitle:", StringComparison.Ordinal));
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task DraftReview_IsOnNoPageFeedSitemapDownloadOrApi()
    {
        await using var app = new EvidenceAppFactory(_content.Root);
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(DraftReview)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(DraftFinding)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/reviews/test-only-transport")).StatusCode);
        foreach (var url in new[] { "/reviews", "/themes/transport-and-connectivity", "/search?q=regional+labour+markets", "/api/search?q=labour+markets", "/sitemap.xml",
                     "/whats-new/feed.atom", "/data/findings.csv", "/data/findings.json", "/api/reviews", "/api/findings" })
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.False(body.Contains("test-only-transport", StringComparison.Ordinal), url);
            Assert.False(body.Contains("Bus Networks", StringComparison.OrdinalIgnoreCase), url);
        }
        var (_, home) = await app.GetPageAsync("/");
        Assert.Null(home.QuerySelector(".draft-notice"));
    }

    [Fact]
    public async Task ShowDrafts_PreviewsTheDraftMarkedAsADraftOnEveryPage()
    {
        await using var app = new PreviewApp(_content.Root);

        var (review, reviewPage) = await app.GetPageAsync(DraftReview);
        var (finding, findingPage) = await app.GetPageAsync(DraftFinding);
        var (_, home) = await app.GetPageAsync("/");
        var (_, published) = await app.GetPageAsync("/reviews/innovation");

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(HttpStatusCode.OK, finding.StatusCode);
        Assert.Contains("this review is not published", Squash(reviewPage.QuerySelector(".draft-notice--page")?.TextContent), StringComparison.Ordinal);
        Assert.Contains("this finding belongs to a review that is not published", Squash(findingPage.QuerySelector(".draft-notice--page")?.TextContent), StringComparison.Ordinal);
        Assert.Contains("showing 1 draft review that is not published", Squash(home.QuerySelector(".draft-notice")?.TextContent), StringComparison.Ordinal);
        Assert.Null(published.QuerySelector(".draft-notice--page"));
        Assert.NotNull(published.QuerySelector(".draft-notice"));
    }

    private static string? Squash(string? text) => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class PreviewApp(string content) : EvidenceAppFactory(content)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:ShowDrafts", "true");
        }
    }
}
