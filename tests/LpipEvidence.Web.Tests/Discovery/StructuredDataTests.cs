using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Discovery;

/// <summary>schema.org JSON-LD: the site as a WebSite with a SearchAction, a review as a Report, parsed as JSON.</summary>
public sealed class StructuredDataTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    internal static JsonElement JsonLd(IHtmlDocument document)
    {
        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.NotNull(script.ParentElement);
        Assert.Equal("HEAD", script.ParentElement!.TagName);
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    [Fact]
    public async Task Home_DescribesTheSiteAndHowToSearchIt()
    {
        var (response, document) = await app.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var site = JsonLd(document);

        Assert.Equal("https://schema.org", site.GetProperty("@context").GetString());
        Assert.Equal("WebSite", site.GetProperty("@type").GetString());
        Assert.Equal("LPIP Evidence", site.GetProperty("name").GetString());
        Assert.Equal("http://localhost/", site.GetProperty("url").GetString());
        var action = site.GetProperty("potentialAction");
        Assert.Equal("SearchAction", action.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/search?q={search_term_string}", action.GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Equal("required name=search_term_string", action.GetProperty("query-input").GetString());
    }

    [Fact]
    public async Task Review_IsAReportWithAuthorsPublisherDateLicenceAndCitation()
    {
        var (_, document) = await app.GetPageAsync("/reviews/test-only-transport");
        var report = JsonLd(document);

        Assert.Equal("Report", report.GetProperty("@type").GetString());
        Assert.Equal("Test Fixture Review of Transport and Connectivity", report.GetProperty("name").GetString());
        Assert.Equal(["Professor Alex Example", "Sam Sample"], report.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.All(report.GetProperty("author").EnumerateArray(), a => Assert.Equal("Person", a.GetProperty("@type").GetString()));
        Assert.Equal("Test Fixtures Press, Example University", report.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Organization", report.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("2025-03", report.GetProperty("datePublished").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", report.GetProperty("license").GetString());
        Assert.Equal(document.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), report.GetProperty("url").GetString());
        Assert.StartsWith("Example, A and Sample, S 2025,", report.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://example.org/test-fixtures/transport-review", report.GetProperty("sameAs").GetString());
    }

    [Theory]
    [InlineData("/findings/evaluating-transport-investment")]
    [InlineData("/themes/skills-and-talent")]
    [InlineData("/search?q=skills")]
    public async Task OtherPages_CarryNoStructuredData(string url)
    {
        var (_, document) = await app.GetPageAsync(url);
        Assert.Empty(document.QuerySelectorAll("script[type='application/ld+json']"));
    }
}
