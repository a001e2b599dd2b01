using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>
/// Absolute links come from Site:PublicUrl, or from the request only when its host is listed in AllowedHosts; a
/// Host header nobody listed never reaches a link, an export or a page.
/// </summary>
public sealed class PublicAddressTests
{
    private const string Finding = "evaluating-transport-investment";
    // Dated, so the briefing's canonical address is exactly what was asked for.
    private const string BriefingQuery = "?f=" + Finding + "&made=2025-07-20&title=Board%20pack";

    /// <summary>Every response that shows the site's address.</summary>
    public static TheoryData<string> AddressShowingUrls() =>
    [
        "/briefing" + BriefingQuery,
        "/briefing/md" + BriefingQuery,
        "/briefing/docx" + BriefingQuery,
        "/findings/" + Finding,
        "/reviews/test-only-transport",
        "/themes/transport-and-connectivity",
    ];

    /// <summary>What a person would read as the site's address in a response, whatever its format.</summary>
    private static async Task<string> ShownTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        {
            return Encoding.UTF8.GetString(bytes);
        }
        using var docx = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = docx.MainDocumentPart!;
        return main.Document!.InnerText + "\n" + string.Join("\n", main.HyperlinkRelationships.Select(r => r.Uri.ToString()));
    }

    [Theory]
    [MemberData(nameof(AddressShowingUrls))]
    public async Task UnlistedHost_IsRefusedBeforeItCanReachALink(string url)
    {
        await using var app = new OperationsAppFactory();

        var response = await app.Client("http://evil.example").GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(AddressShowingUrls))]
    public async Task PublicUrl_IsUsedWhateverHostTheRequestNames(string url)
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string>
        {
            ["AllowedHosts"] = "*",
            ["Site:PublicUrl"] = "https://evidence.example.org",
        });

        var response = await app.Client("http://evil.example").GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await ShownTextAsync(response);
        Assert.DoesNotContain("evil.example", shown, StringComparison.OrdinalIgnoreCase);
        var expected = url.StartsWith("/briefing", StringComparison.Ordinal)
            ? "https://evidence.example.org/briefing" + BriefingQuery
            : "https://evidence.example.org" + url;
        Assert.Contains(url.StartsWith("/briefing?", StringComparison.Ordinal) ? expected.Replace("&", "&amp;", StringComparison.Ordinal) : expected, shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://evidence.example.org", "http://evidence.example.org/briefing")]
    [InlineData("http://north.councils.example", "http://north.councils.example/briefing")]
    public async Task ListedHost_IsUsedWhenNoPublicUrlIsSet(string requestRoot, string expectedLink)
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string> { ["AllowedHosts"] = "evidence.example.org;*.councils.example" });

        var markdown = await app.Client(requestRoot).GetStringAsync("/briefing/md" + BriefingQuery);

        Assert.Contains("This briefing: <" + expectedLink + BriefingQuery + ">", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintedPageAddress_IsTheListedHostsOwn()
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string> { ["AllowedHosts"] = "evidence.example.org" });

        var html = await app.Client("http://evidence.example.org").GetStringAsync("/findings/" + Finding);

        var footer = new HtmlParser().ParseDocument(html).QuerySelector(".print-footer")?.TextContent ?? "";
        Assert.Contains("Page: http://evidence.example.org/findings/" + Finding, footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrustedProxy_ForwardedSchemeAndHostAreUsed_OthersAreIgnored()
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string>
        {
            ["AllowedHosts"] = "evidence.example.org;internal.example",
            ["Site:KnownProxies:0"] = "10.0.0.5",
        });

        async Task<string> LinkAsync(string connection, string forwardedHost)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/briefing/md" + BriefingQuery);
            request.Headers.Add(OperationsAppFactory.ClientAddressHeader, connection);
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-Host", forwardedHost);
            request.Headers.Add("X-Forwarded-For", "198.51.100.7");
            var markdown = await (await app.Client("http://internal.example").SendAsync(request)).Content.ReadAsStringAsync();
            return markdown[markdown.IndexOf("This briefing: <", StringComparison.Ordinal)..].Split('>')[0]["This briefing: <".Length..];
        }

        Assert.Equal("https://evidence.example.org/briefing" + BriefingQuery, await LinkAsync("10.0.0.5", "evidence.example.org"));
        // A forwarded host that is not listed is not believed, even from the proxy.
        Assert.Equal("https://internal.example/briefing" + BriefingQuery, await LinkAsync("10.0.0.5", "evil.example"));
        // Anyone else's forwarded headers are ignored altogether.
        Assert.Equal("http://internal.example/briefing" + BriefingQuery, await LinkAsync("203.0.113.9", "evidence.example.org"));
    }

    [Theory]
    [InlineData("*", "", "Set Site:PublicUrl")]
    [InlineData("localhost", "ftp://evidence.example.org/", "absolute http or https")]
    [InlineData("localhost", "https://evidence.example.org/evidence", "root of a host")]
    [InlineData("localhost", "not a url", "must not contain spaces")]
    public async Task UnsafeAddressSettings_StopTheSiteStarting(string allowedHosts, string publicUrl, string message)
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string> { ["AllowedHosts"] = allowedHosts, ["Site:PublicUrl"] = publicUrl });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.StartServer());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
