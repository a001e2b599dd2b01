using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using LpipEvidence.Web.RateLimiting;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>Per-client limits on search, exports and new interactive circuits, shown with tiny configured limits.</summary>
public sealed class RateLimitTests(OperationsAppFactory unlimitedApp) : IClassFixture<OperationsAppFactory>
{
    private static OperationsAppFactory Limited(int permits = 2, int openCircuits = 50) => new(new Dictionary<string, string>
    {
        ["RateLimits:Search:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Search:Window"] = "00:05:00",
        ["RateLimits:Exports:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Exports:Window"] = "00:05:00",
        ["RateLimits:Data:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Data:Window"] = "00:05:00",
        ["RateLimits:Feeds:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Feeds:Window"] = "00:05:00",
        ["RateLimits:Circuits:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Circuits:Window"] = "00:05:00",
        ["RateLimits:OpenCircuits"] = openCircuits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Site:KnownProxies:0"] = "10.0.0.5",
    });

    private static HttpRequestMessage From(string client, HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add(OperationsAppFactory.ClientAddressHeader, client);
        return request;
    }

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var wait = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ReadApi_OverTheLimit_Answers429AsProblemJson_WithoutHoldingBackSearch()
    {
        await using var app = Limited();
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.9", HttpMethod.Get, "/api/reviews"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.9", HttpMethod.Get, "/api/findings/evaluating-transport-investment"))).StatusCode);

        var refused = await client.SendAsync(From("203.0.113.9", HttpMethod.Get, "/api/themes"));

        AssertRetryAfter(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.9", HttpMethod.Get, "/api/search?q=skills"))).StatusCode);
    }

    [Fact]
    public async Task SearchApi_OverTheLimit_Answers429WithRetryAfterAsProblemJson()
    {
        await using var app = Limited();
        var client = app.Client();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/api/search?q=skills"))).StatusCode);

        var refused = await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/api/search?q=bus"));

        AssertRetryAfter(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Try again in", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Another client, and the pages, are not held back.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.2", HttpMethod.Get, "/api/search?q=skills"))).StatusCode);
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/search?q=skills"))).StatusCode);
    }

    [Fact]
    public async Task Exports_ShareOneLimitPerClient()
    {
        await using var app = Limited();
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/reviews/test-only-transport/cite.ris"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/briefing/md?f=evaluating-transport-investment"))).StatusCode);

        foreach (var url in new[] { "/briefing/docx?f=evaluating-transport-investment", "/reviews/test-only-transport/cite.bib" })
        {
            var refused = await client.SendAsync(From("203.0.113.1", HttpMethod.Get, url));
            AssertRetryAfter(refused);
            Assert.Contains("Try again in", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Feeds_ShareOneLimitPerClient_ApartFromExports()
    {
        await using var app = Limited();
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/whats-new/feed.atom"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/themes/skills-and-talent/feed.atom"))).StatusCode);

        AssertRetryAfter(await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/reviews/innovation/feed.atom")));
        // Exports keep their own allowance, and pages are not held back.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/reviews/innovation/cite.ris"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/whats-new"))).StatusCode);
    }

    [Fact]
    public async Task Limits_FollowTheForwardedClientBehindATrustedProxy()
    {
        await using var app = Limited();
        var client = app.Client();

        HttpRequestMessage ThroughProxy(string forwardedFor)
        {
            var request = From("10.0.0.5", HttpMethod.Get, "/api/search?q=skills");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            return request;
        }

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(ThroughProxy("198.51.100.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(ThroughProxy("198.51.100.1"))).StatusCode);
        // A different person behind the same proxy has their own allowance.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(ThroughProxy("198.51.100.2"))).StatusCode);
    }

    [Fact]
    public async Task NewCircuits_OverTheLimit_Answer429()
    {
        await using var app = Limited();
        var client = app.Client();
        for (var i = 0; i < 2; i++)
        {
            var negotiated = await client.SendAsync(From("203.0.113.1", HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1"));
            Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        }

        AssertRetryAfter(await client.SendAsync(From("203.0.113.1", HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1")));
        // Skipping the negotiation does not get round it: a connection request without an id is a new connection too.
        AssertRetryAfter(await client.SendAsync(From("203.0.113.1", HttpMethod.Get, "/_blazor")));
    }

    [Fact]
    public async Task OpenCircuits_OverTheLimit_AreRefusedUntilOneCloses()
    {
        await using var app = Limited(permits: 100, openCircuits: 1);
        var client = app.Client();

        async Task<WebSocket> ConnectAsync()
        {
            var negotiated = await client.SendAsync(From("203.0.113.1", HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1"));
            using var body = JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync());
            var token = body.RootElement.GetProperty("connectionToken").GetString();
            var sockets = app.Server.CreateWebSocketClient();
            sockets.ConfigureRequest = request => request.Headers[OperationsAppFactory.ClientAddressHeader] = "203.0.113.1";
            return await sockets.ConnectAsync(new Uri(app.Server.BaseAddress, "_blazor?id=" + token), CancellationToken.None);
        }

        using var first = await ConnectAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(ConnectAsync);
        Assert.Contains("429", refused.Message, StringComparison.Ordinal);

        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        // The server lets go of the connection's request just after the close handshake; give it a moment.
        WebSocket? second = null;
        for (var attempt = 0; attempt < 100 && second is null; attempt++)
        {
            try
            {
                second = await ConnectAsync();
            }
            catch (InvalidOperationException) when (attempt < 99)
            {
                await Task.Delay(100);
            }
        }
        using (second)
        {
            Assert.Equal(WebSocketState.Open, second!.State);
        }
    }

    [Theory]
    [InlineData("/api/search", "GET", RateLimitPolicies.Search)]
    [InlineData("/briefing/docx", "GET", RateLimitPolicies.Exports)]
    [InlineData("/briefing/md", "GET", RateLimitPolicies.Exports)]
    [InlineData("/b/{id}/docx", "GET", RateLimitPolicies.Exports)]
    [InlineData("/b/{id}/md", "GET", RateLimitPolicies.Exports)]
    [InlineData("/reviews/{slug}/cite.ris", "GET", RateLimitPolicies.Exports)]
    [InlineData("/reviews/{slug}/cite.bib", "GET", RateLimitPolicies.Exports)]
    [InlineData("/data/findings.csv", "GET", RateLimitPolicies.Exports)]
    [InlineData("/data/findings.json", "GET", RateLimitPolicies.Exports)]
    [InlineData("/data/evidence-map.csv", "GET", RateLimitPolicies.Exports)]
    [InlineData("/api/reviews", "GET", RateLimitPolicies.Data)]
    [InlineData("/api/findings/{slug}", "GET", RateLimitPolicies.Data)]
    [InlineData("/api/briefings/{id}", "GET", RateLimitPolicies.Data)]
    [InlineData("/openapi/{documentName}.json", "GET", RateLimitPolicies.Data)]
    [InlineData("/whats-new/feed.atom", "GET", RateLimitPolicies.Feeds)]
    [InlineData("/themes/{slug}/feed.atom", "GET", RateLimitPolicies.Feeds)]
    [InlineData("/reviews/{slug}/feed.atom", "GET", RateLimitPolicies.Feeds)]
    [InlineData("/briefing", "POST", RateLimitPolicies.SaveBriefing)]
    [InlineData("/data", "GET", null)]
    [InlineData("/sitemap.xml", "GET", null)]
    [InlineData("/whats-new", "GET", null)]
    [InlineData("/findings/{Slug}/changes", "GET", null)]
    [InlineData("/search", "GET", null)]
    [InlineData("/health/ready", "GET", null)]
    public void Endpoints_CarryTheirNamedLimit(string route, string method, string? policy)
    {
        var endpoints = unlimitedApp.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText == route
                && (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method) ?? true))
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.Equal(policy, e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName));
    }

    [Theory]
    [InlineData("/_blazor/negotiate", true)]
    [InlineData("/_blazor", true)]
    [InlineData("/_BLAZOR", true)]
    [InlineData("/_blazor?id=abc", false)]
    [InlineData("/_blazor/initializers", false)]
    [InlineData("/api/search", false)]
    public void IsNewCircuit_OnlyForTheHubsNewConnections(string url, bool expected)
    {
        var context = new DefaultHttpContext();
        var query = url.IndexOf('?', StringComparison.Ordinal);
        context.Request.Path = query < 0 ? url : url[..query];
        if (query >= 0) context.Request.QueryString = new QueryString(url[query..]);

        Assert.Equal(expected, RateLimitServiceCollectionExtensions.IsNewCircuit(context.Request));
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void ClientAddress_GroupsIpv6ByNetwork(string address, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        Assert.Equal(expected, ClientAddress.Key(context));
    }
}
