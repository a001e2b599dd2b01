using System.Net;
using System.Text.Json;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>Every error under /api is problem+json and never cached, whatever the client asks for.</summary>
public sealed class ApiErrorTests(OperationsAppFactory app) : IClassFixture<OperationsAppFactory>
{
    [Theory]
    [InlineData("GET", "/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/search", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/search?q=skills&page=0", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/search?q=skills", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/api/search", HttpStatusCode.MethodNotAllowed)]
    public async Task ApiErrors_AreProblemJsonEvenForABrowser(string method, string url, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");

        var response = await app.Client().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UnknownPage_IsStillTheHtmlNotFoundPage()
    {
        var (response, page) = await app.GetPageAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }
}
