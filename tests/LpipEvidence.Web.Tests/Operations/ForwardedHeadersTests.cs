using System.Globalization;
using System.Net;
using System.Xml.Linq;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>
/// Forwarded headers are believed from configured proxies only, never from a client on its own, and no scheme but
/// http or https is ever taken from them, so they cannot dodge rate limits or reach a link, a feed or HSTS.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Export = "/briefing/md?f=evaluating-transport-investment";

    private static OperationsAppFactory Site(bool proxy, int exports = 5)
    {
        var settings = new Dictionary<string, string>
        {
            ["AllowedHosts"] = "evidence.example.org",
            ["RateLimits:Exports:PermitLimit"] = exports.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:Exports:Window"] = "00:05:00",
        };
        if (proxy) settings["Site:KnownProxies:0"] = "10.0.0.5";
        return new OperationsAppFactory(settings);
    }

    private static HttpRequestMessage Request(string url, string connection, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(OperationsAppFactory.ClientAddressHeader, connection);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Exports_ANewForwardedForEachTime_IsStillOneClient(bool proxyConfigured)
    {
        await using var app = Site(proxyConfigured);
        var client = app.Client("http://evidence.example.org");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var request = Request(Export, "203.0.113.9", ("X-Forwarded-For", $"198.51.100.{i + 1}"));
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(15, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Exports_BehindTheConfiguredProxy_EachForwardedClientHasItsOwnLimit()
    {
        await using var app = Site(proxy: true, exports: 2);
        var client = app.Client("http://evidence.example.org");

        async Task<HttpStatusCode> FromAsync(string forwardedFor)
        {
            using var request = Request(Export, "10.0.0.5", ("X-Forwarded-For", forwardedFor));
            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await FromAsync("198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync("198.51.100.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync("198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync("198.51.100.2"));
    }

    /// <summary>No proxy; a proxy configured and the header from someone else; the header from the proxy itself.</summary>
    public static TheoryData<bool, string> SchemeSources() => new()
    {
        { false, "203.0.113.9" },
        { true, "203.0.113.9" },
        { true, "10.0.0.5" },
    };

    [Theory]
    [MemberData(nameof(SchemeSources))]
    public async Task ForwardedProto_OtherThanHttpOrHttps_NeverReachesTheSitemapFeedsOrHsts(bool proxyConfigured, string connection)
    {
        await using var app = Site(proxyConfigured);
        var client = app.Client("http://evidence.example.org");
        (string, string)[] hostile = [("X-Forwarded-Proto", "javascript"), ("X-Forwarded-For", "198.51.100.1")];

        using var sitemapRequest = Request("/sitemap.xml", connection, hostile);
        var sitemap = await client.SendAsync(sitemapRequest);
        using var feedRequest = Request(LpipEvidence.Addresses.SiteAddresses.WhatsNewFeed, connection, hostile);
        var feed = await client.SendAsync(feedRequest);
        using var pageRequest = Request("/themes", connection, hostile);
        var page = await client.SendAsync(pageRequest);

        Assert.Equal(HttpStatusCode.OK, sitemap.StatusCode);
        var locations = XDocument.Parse(await sitemap.Content.ReadAsStringAsync()).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, loc => Assert.StartsWith("http://evidence.example.org/", loc, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.DoesNotContain("javascript:", await feed.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.False(sitemap.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ForwardedProto_FromTheProxy_HttpsIsBelievedAndABadSchemeLoggedOnce()
    {
        await using var app = Site(proxy: true);
        var client = app.Client("http://evidence.example.org");

        for (var i = 0; i < 3; i++)
        {
            using var bad = Request("/themes", "10.0.0.5", ("X-Forwarded-Proto", i == 1 ? "https, data" : "javascript"));
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bad)).StatusCode);
        }
        using var good = Request("/themes", "10.0.0.5", ("X-Forwarded-Proto", "https"));
        var response = await client.SendAsync(good);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Single(app.Logs.Entries, e => e.Category == typeof(ForwardedSchemeFilter).FullName);
    }

    [Theory]
    [InlineData("http", true)]
    [InlineData("HTTPS", true)]
    [InlineData("https, http", true)]
    [InlineData("javascript", false)]
    [InlineData("https, javascript", false)]
    [InlineData("", false)]
    [InlineData("ftp", false)]
    public void AreWebSchemes_AcceptsOnlyHttpAndHttps(string header, bool expected) =>
        Assert.Equal(expected, ForwardedSchemeFilter.AreWebSchemes(header));
}
