using System.Net;
using System.Net.Http.Headers;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// One ETag and Cache-Control path for every kind of endpoint whose answer depends only on the content: the read
/// API, downloads, feeds (also output-cached), citations and discovery files all tag their answers the same way and
/// answer If-None-Match with 304, carrying the same tag and Cache-Control.
/// </summary>
public sealed class CacheHeaderTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    [Theory]
    [InlineData("/api/reviews", "public, max-age=60")]
    [InlineData("/api/findings?page=1&pageSize=5", "public, max-age=60")]
    [InlineData("/data/findings.csv", "public, max-age=300")]
    [InlineData("/whats-new/feed.atom", "public, max-age=60")]
    [InlineData("/themes/skills-and-talent/feed.atom", "public, max-age=60")]
    [InlineData("/reviews/innovation/cite.ris", "public, max-age=300")]
    [InlineData("/reviews/innovation/cite.bib", "public, max-age=300")]
    [InlineData("/sitemap.xml", "public, max-age=3600")]
    [InlineData("/robots.txt", "public, max-age=3600")]
    public async Task EveryKindOfEndpoint_TagsItsAnswer_AndAnswersIfNoneMatchWith304(string url, string cacheControl)
    {
        var client = app.CreateClient();

        var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(cacheControl, first.Headers.CacheControl?.ToString());
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(tag.Tag));
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);
        Assert.Equal(cacheControl, notModified.Headers.CacheControl?.ToString());
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/reviews/no-such-review")]
    [InlineData("/reviews/no-such-review/feed.atom")]
    [InlineData("/reviews/no-such-review/cite.ris")]
    [InlineData("/api/findings?page=0")]
    public async Task Errors_AreNeverTagged_NorStored(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.True((int)response.StatusCode >= 400, $"{url} answered {response.StatusCode}");
        Assert.Null(response.Headers.ETag);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ATagFromAnotherAddress_GetsTheFullAnswer()
    {
        var client = app.CreateClient();
        var tag = (await client.GetAsync("/reviews/innovation/cite.ris")).Headers.ETag!;

        using var other = new HttpRequestMessage(HttpMethod.Get, "/reviews/innovation/cite.bib");
        other.Headers.IfNoneMatch.Add(tag);
        var response = await client.SendAsync(other);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(tag, response.Headers.ETag);
    }
}
