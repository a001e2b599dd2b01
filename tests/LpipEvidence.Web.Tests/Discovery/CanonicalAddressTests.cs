using System.Net;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Discovery;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace LpipEvidence.Web.Tests.Discovery;

/// <summary>One address per page: canonical links and Open Graph addresses on every page type, and permanent redirects of other spellings.</summary>
public sealed class CanonicalAddressTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private const string Root = "http://localhost";

    private async Task<IHtmlDocument> PageAsync(string url)
    {
        var (response, document) = await app.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document;
    }

    private static string? Meta(IHtmlDocument document, string property) =>
        document.Head!.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    [Theory]
    [InlineData("/", "/", "website")]
    [InlineData("/reviews", "/reviews", "website")]
    [InlineData("/reviews/innovation", "/reviews/innovation", "article")]
    [InlineData("/themes", "/themes", "website")]
    [InlineData("/themes/skills-and-talent", "/themes/skills-and-talent", "article")]
    [InlineData("/findings/evaluating-transport-investment", "/findings/evaluating-transport-investment", "article")]
    [InlineData("/data", "/data", "website")]
    [InlineData("/status", "/status", "website")]
    [InlineData("/reviews/innovation?utm_source=newsletter&fbclid=abc", "/reviews/innovation", "article")]
    [InlineData("/search?q=skills&utm_campaign=x", "/search?q=skills", "website")]
    [InlineData("/search?q=%20skills%20&theme=skills-and-talent&page=1&pageSize=7", "/search?q=skills&theme=skills-and-talent", "website")]
    [InlineData("/briefing?f=evaluating-transport-investment,evaluating-transport-investment&made=2025-03-01&title=Board&utm_source=x",
        "/briefing?f=evaluating-transport-investment&made=2025-03-01&title=Board", "website")]
    [InlineData("/whats-new?utm_source=feed", "/whats-new", "website")]
    [InlineData("/whats-new?page=1", "/whats-new", "website")]
    [InlineData("/findings/digital-connectivity-for-clusters/changes", "/findings/digital-connectivity-for-clusters/changes", "website")]
    [InlineData("/themes/transport-and-connectivity/changes", "/themes/transport-and-connectivity/changes", "website")]
    public async Task EveryPage_HasOneAbsoluteCanonicalAddress_AndOpenGraphTags(string url, string canonical, string type)
    {
        var document = await PageAsync(url);

        var link = Assert.Single(document.Head!.QuerySelectorAll("link[rel=canonical]"));
        Assert.Equal(Root + canonical, link.GetAttribute("href"));
        Assert.Equal(Root + canonical, Meta(document, "og:url"));
        Assert.Equal(type, Meta(document, "og:type"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(document, "og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(document, "og:description")));
        Assert.Single(document.Head.QuerySelectorAll("meta[name=description]"));
    }

    [Fact]
    public async Task NotFound_NamesNoCanonicalAddress()
    {
        var (response, document) = await app.GetPageAsync("/findings/no-such-finding");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(document.Head!.QuerySelectorAll("link[rel=canonical]"));
        Assert.Empty(document.Head.QuerySelectorAll("meta[property='og:url']"));
    }

    [Theory]
    [InlineData("/search?q=skills", "noindex, follow")]
    [InlineData("/briefing?f=evaluating-transport-investment", "noindex, follow")]
    [InlineData("/briefing", "noindex, follow")]
    [InlineData("/status", "noindex")]
    public async Task SearchBriefingAndStatusPages_AreNotIndexed(string url, string robots)
    {
        var document = await PageAsync(url);
        Assert.Equal(robots, Assert.Single(document.Head!.QuerySelectorAll("meta[name=robots]")).GetAttribute("content"));
    }

    [Theory]
    [InlineData("/reviews/innovation")]
    [InlineData("/findings/evaluating-transport-investment")]
    [InlineData("/data")]
    public async Task ContentPages_AreIndexed(string url) =>
        Assert.Empty((await PageAsync(url)).Head!.QuerySelectorAll("meta[name=robots]"));

    [Theory]
    [InlineData("/Findings/Evaluating-Transport-Investment/", "/findings/evaluating-transport-investment")]
    [InlineData("/findings/evaluating-transport-investment/", "/findings/evaluating-transport-investment")]
    [InlineData("/REVIEWS", "/reviews")]
    [InlineData("/themes/Skills-And-Talent?from=Mail&x=1", "/themes/skills-and-talent?from=Mail&x=1")]
    [InlineData("/Search?q=Skills", "/search?q=Skills")]
    [InlineData("/reviews//", "/reviews")]
    [InlineData("/Data/", "/data")]
    [InlineData("/Whats-New/", "/whats-new")]
    [InlineData("/findings/Digital-Connectivity-For-Clusters/changes", "/findings/digital-connectivity-for-clusters/changes")]
    public async Task OtherSpellings_RedirectPermanentlyToTheCanonicalAddress_KeepingTheQuery(string url, string canonical)
    {
        var (response, _) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
        var (followed, _) = await app.GetPageAsync(canonical);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/favicon.svg")]
    [InlineData("/api/Reviews")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/reviews/innovation/cite.ris")]
    [InlineData("/findings/%3CScript%3E")]
    [InlineData("/reviews/innovation%27%20OR%201%3D1--")]
    [InlineData("/THEMES/%C3%89T%C3%89")]
    public async Task FilesApiAndUnsafePaths_AreNeverRedirected(string url)
    {
        var (response, _) = await app.GetPageAsync(url);

        Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Findings/X/")]
    [InlineData("/A/B/C///")]
    [InlineData("/reviews/innovation")]
    public void CanonicalForm_IsItsOwnCanonicalForm_SoRedirectsNeverLoop(string path)
    {
        var once = CanonicalAddress.Of(new PathString(path));
        Assert.NotNull(once);
        Assert.Equal(once, CanonicalAddress.Of(new PathString(once)));
        Assert.DoesNotContain(once, c => char.IsUpper(c));
        Assert.True(once == "/" || !once.EndsWith('/'));
    }
}
