using System.Net;
using AngleSharp.Html.Parser;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>
/// MudBlazor's stylesheet, linked by its plain (compressed) address, is cached for a year as the fingerprinted files
/// are, because the address names the package version; without that version it is revalidated every time.
/// </summary>
public sealed class StaticFileCachingTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private async Task<string> StylesheetHrefAsync()
    {
        var html = await app.CreateClient().GetStringAsync("/");
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Single(href => href.Contains("MudBlazor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PagesLinkMudBlazorsStylesheet_ByAnAddressCachedForAYear()
    {
        var href = await StylesheetHrefAsync();
        Assert.Equal("_content/MudBlazor/MudBlazor.min.css?v=" + VersionedAssets.MudBlazorVersion, href);
        Assert.Matches(@"^\d+\.\d+\.\d+", VersionedAssets.MudBlazorVersion);

        using var response = await app.CreateClient().GetAsync("/" + href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css?v=0.0.1")]
    public async Task MudBlazorsStylesheet_WithoutTheServedVersion_IsRevalidatedEachTime(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache, $"Cache-Control was '{response.Headers.CacheControl}'.");
        Assert.False(response.Headers.CacheControl?.ToString().Contains("immutable", StringComparison.Ordinal));
    }
}
