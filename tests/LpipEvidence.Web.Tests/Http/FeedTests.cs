using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// The Atom feeds, parsed as XML and checked against RFC 4287's rules: the site's what's new, one theme's and one
/// review's (each with their findings), with absolute links only through the public address, and cache headers.
/// </summary>
public sealed class FeedTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private async Task<(HttpResponseMessage Response, XDocument Feed)> FeedAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? app.CreateClient()).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return (response, AtomRules.AssertValid(await response.Content.ReadAsByteArrayAsync()));
    }

    private static List<(string Title, string Updated)> Entries(XDocument feed) =>
        AtomRules.Entries(feed).Select(e => (AtomRules.One(e, "title").Value, AtomRules.One(e, "updated").Value)).ToList();

    [Fact]
    public async Task WhatsNew_IsAValidFeedOfEveryNoteNewestFirst()
    {
        var (_, feed) = await FeedAsync("/whats-new/feed.atom");

        Assert.Equal("What's new – LPIP Evidence", AtomRules.One(feed.Root!, "title").Value);
        Assert.Equal("http://localhost/whats-new", AtomRules.One(feed.Root!, "id").Value);
        Assert.Equal("http://localhost/whats-new/feed.atom", AtomRules.Link(feed.Root!, "self"));
        Assert.Equal("2025-07-15T00:00:00Z", AtomRules.One(feed.Root!, "updated").Value);
        Assert.Equal(
            [
                ("Transport and connectivity", "2025-07-15T00:00:00Z"),
                ("Digital Connectivity for Clusters", "2025-06-01T00:00:00Z"),
                ("Digital Connectivity for Clusters", "2025-05-10T00:00:00Z"),
                ("Test Fixture Review of Transport and Connectivity", "2025-04-02T00:00:00Z"),
                // Each review's publication, from its `published` month.
                ("Test Fixture Review of Transport and Connectivity", "2025-03-01T00:00:00Z"),
                ("Innovation Evidence Review", "2024-10-01T00:00:00Z"),
            ],
            Entries(feed));
        var published = AtomRules.Entries(feed)[^1];
        Assert.Equal("http://localhost/reviews/innovation#published", AtomRules.One(published, "id").Value);
        Assert.Equal("http://localhost/reviews/innovation", AtomRules.Link(published, "alternate"));
        Assert.Equal("Review published.", AtomRules.One(published, "summary").Value);
        Assert.Equal("http://localhost/findings/digital-connectivity-for-clusters/changes#change-finding-digital-connectivity-for-clusters-1",
            AtomRules.Link(AtomRules.Entries(feed)[1], "alternate"));
    }

    [Fact]
    public async Task AThemesFeed_HoldsTheThemesNotesAndItsFindings_WithTheSameIdsAsWhatsNew()
    {
        var (_, site) = await FeedAsync("/whats-new/feed.atom");
        var (_, theme) = await FeedAsync("/themes/transport-and-connectivity/feed.atom");

        Assert.Equal("http://localhost/themes/transport-and-connectivity", AtomRules.One(theme.Root!, "id").Value);
        Assert.Equal(["2025-07-15T00:00:00Z", "2025-06-01T00:00:00Z", "2025-05-10T00:00:00Z", "2025-03-01T00:00:00Z"], Entries(theme).Select(e => e.Updated));
        Assert.Equal("2025-07-15T00:00:00Z", AtomRules.One(theme.Root!, "updated").Value);
        var siteIds = AtomRules.Entries(site).Select(e => AtomRules.One(e, "id").Value).ToHashSet();
        Assert.All(AtomRules.Entries(theme), e => Assert.Contains(AtomRules.One(e, "id").Value, siteIds));
    }

    [Fact]
    public async Task AReviewsFeed_HoldsTheReviewsNotesAndItsFindings()
    {
        var (_, review) = await FeedAsync("/reviews/test-only-transport/feed.atom");

        Assert.Equal(
            ["Digital Connectivity for Clusters", "Digital Connectivity for Clusters", "Test Fixture Review of Transport and Connectivity", "Test Fixture Review of Transport and Connectivity"],
            Entries(review).Select(e => e.Title));
        Assert.Equal("2025-03-01T00:00:00Z", Entries(review)[^1].Updated);
        Assert.Equal("http://localhost/reviews/test-only-transport", AtomRules.Link(review.Root!, "alternate"));
    }

    [Fact]
    public async Task AReviewWithoutNotes_HasItsPublicationAsItsEntry_AndIsUpdatedThen()
    {
        var (_, feed) = await FeedAsync("/reviews/innovation/feed.atom");

        Assert.Equal([("Innovation Evidence Review", "2024-10-01T00:00:00Z")], Entries(feed));
        Assert.Equal("2024-10-01T00:00:00Z", AtomRules.One(feed.Root!, "updated").Value);
    }

    [Fact]
    public async Task Feeds_MayBeCachedForAMinute_AndAnswer304WhenUnchanged()
    {
        var (response, _) = await FeedAsync("/whats-new/feed.atom");

        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        var tag = response.Headers.ETag;
        Assert.NotNull(tag);
        var client = app.CreateClient();
        using var again = new HttpRequestMessage(HttpMethod.Get, "/whats-new/feed.atom");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(tag.Tag));
        var answer = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, answer.StatusCode);
    }

    [Theory]
    [InlineData("/themes/no-such-theme/feed.atom")]
    [InlineData("/reviews/no-such-review/feed.atom")]
    [InlineData("/reviews/Innovation/feed.atom")]
    [InlineData("/themes/%3Cscript%3E/feed.atom")]
    public async Task FeedsOfUnknownThemesAndReviews_Answer404(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("public, max-age=60", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Links_AreBuiltFromThePublicAddress_NeverFromTheRequest()
    {
        await using var configured = new OperationsAppFactory(new Dictionary<string, string> { ["Site:PublicUrl"] = "https://evidence.example.org/" });

        var (_, feed) = await FeedAsync("/themes/transport-and-connectivity/feed.atom", configured.Client());

        var addresses = new[] { AtomRules.One(feed.Root!, "id").Value, AtomRules.Link(feed.Root!, "self"), AtomRules.Link(feed.Root!, "alternate") }
            .Concat(AtomRules.Entries(feed).SelectMany(e => new[] { AtomRules.One(e, "id").Value, AtomRules.Link(e, "alternate") }))
            .ToList();
        Assert.Equal(3 + (4 * 2), addresses.Count);
        Assert.All(addresses, a => Assert.StartsWith("https://evidence.example.org/", a, StringComparison.Ordinal));
    }
}
