using System.Net;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>No Server header, HSTS over HTTPS, a Secure antiforgery cookie over HTTPS, Cache-Control on the API.</summary>
public sealed class ResponseHeaderTests
{
    private static OperationsAppFactory HttpsSite() => new(new Dictionary<string, string>
    {
        ["AllowedHosts"] = "evidence.example.org",
        ["Site:KnownProxies:0"] = "10.0.0.5",
    });

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        await using var app = new OperationsAppFactory();
        app.UseKestrel(0);
        app.StartServer();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", client.BaseAddress?.Host);
        Assert.False(response.Headers.Contains("Server"), "Server: " + string.Join(",", response.Headers.Server));
    }

    [Theory]
    [InlineData("https://evidence.example.org", null, true)]
    [InlineData("http://evidence.example.org", null, false)]
    [InlineData("http://evidence.example.org", "10.0.0.5", true)]
    [InlineData("http://evidence.example.org", "203.0.113.9", false)]
    public async Task Hsts_IsSentOnlyOverHttps(string root, string? proxy, bool expected)
    {
        await using var app = HttpsSite();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/themes");
        if (proxy is not null)
        {
            request.Headers.Add(OperationsAppFactory.ClientAddressHeader, proxy);
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        var response = await app.Client(root).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Headers.TryGetValues("Strict-Transport-Security", out var hsts));
        if (expected) Assert.Equal("max-age=31536000", hsts!.Single());
    }

    [Theory]
    [InlineData("https://evidence.example.org", true)]
    [InlineData("http://evidence.example.org", false)]
    public async Task AntiforgeryCookie_IsSecureOverHttps(string root, bool secure)
    {
        await using var app = HttpsSite();

        // The search page hosts the interactive island, so it is a page that hands out the antiforgery cookie.
        var response = await app.Client(root).GetAsync("/search?q=skills");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SearchApi_MayBeReusedForAMinute_ErrorsAndHealthNever()
    {
        await using var app = new OperationsAppFactory();
        var client = app.Client();

        var search = await client.GetAsync("/api/search?q=skills");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal("public, max-age=60", search.Headers.CacheControl?.ToString());

        var bad = await client.GetAsync("/api/search?q=skills&pageSize=5000");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("no-store", bad.Headers.CacheControl?.ToString());

        var ready = await client.GetAsync("/health/ready");
        Assert.Contains("no-store", ready.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }
}
