using System.Net;
using LpipEvidence.Catalog;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.Logging;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>
/// A Host nothing could build an address from is a 400, never a 500; every answer, errors included, carries the
/// security headers; the error handling cannot throw; and what clients send wrong fills the log by a line a minute at
/// most, never with a stack trace.
/// </summary>
public sealed class BadInputTests
{
    private static readonly string[] SecurityHeaderNames = ["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"];

    /// <summary>Hosts that are not host[:port]: ports out of range or not numbers, broken brackets, stray characters, empty.</summary>
    public static IReadOnlyList<string> BadHosts(int count, int seed)
    {
        var random = new Random(seed);
        string[] names = ["localhost", "127.0.0.1", "[::1]", "evidence.example.org"];
        string[] fixedOnes = ["", " ", "localhost:99999", "localhost:0", "localhost:", "localhost:-1", "localhost:65536", "localhost:1:2", "[::1", "[::1]x",
            "[::1]:99999", "[zz]", "::1", "local host", "localhost/", "user@localhost", "localhost?", "localhost#", "localhost\\", "%6cocalhost",
            "localhost:+80", "localhost: 80", "xn--zz", "xn--a.example.org:80", "[fe80::1%25eth0]", new string('a', 300), "localhost:080000", "127.0.0.1:4294967377"];
        const string junk = " /\\@?#%<>\"'`{}|^[]:;,\t";
        var hosts = new List<string>(fixedOnes);
        while (hosts.Count < count)
        {
            var name = names[random.Next(names.Length)];
            var host = random.Next(4) switch
            {
                0 => $"{name}:{random.NextInt64(65536, 10_000_000_000)}",
                1 => $"{name}:{new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => (char)random.Next('a', 'z' + 1))])}",
                2 => name.Insert(random.Next(name.Length + 1), junk[random.Next(junk.Length)].ToString()),
                _ => $"{name}:{random.Next(1, 65536)}{junk[random.Next(junk.Length)]}",
            };
            if (!HostHeader.IsValid(host)) hosts.Add(host);
        }
        return hosts;
    }

    private static async Task<HttpContext> SendAsync(OperationsAppFactory app, string host, string path)
    {
        return await app.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            // As Kestrel would: the raw header, which the app must not trust to parse.
            context.Request.Headers.Host = host;
        });
    }

    [Fact]
    public async Task BadHosts_AreRefusedWith400AndTheSecurityHeaders_AndTheLogGrowsByOneLine()
    {
        await using var app = new OperationsAppFactory();
        app.StartServer();
        var before = app.Logs.Entries.Count;
        var hosts = BadHosts(400, seed: 21);
        string[] paths = ["/", "/themes", "/findings/evaluating-transport-investment", "/sitemap.xml", LpipEvidence.Addresses.SiteAddresses.WhatsNewFeed, "/briefing/md?f=a", "/api/reviews", "/health/ready", "/no-such-page"];

        var answers = new List<(string Host, int Status, bool Headers)>();
        foreach (var (host, i) in hosts.Select((h, i) => (h, i)))
        {
            var context = await SendAsync(app, host, paths[i % paths.Length].Split('?')[0]);
            answers.Add((host, context.Response.StatusCode, SecurityHeaderNames.All(context.Response.Headers.ContainsKey)));
        }

        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.True(a.Status == 400 && a.Headers, $"Host '{a.Host}': {a.Status}, security headers {a.Headers}"));
        var written = app.Logs.Entries.Skip(before).ToList();
        Assert.DoesNotContain(written, e => e.Exception is not null);
        var warning = Assert.Single(written, e => e.Level >= LogLevel.Warning);
        Assert.Equal(typeof(ClientFaultLog).FullName, warning.Category);
        Assert.Equal(ClientFault.InvalidHost, warning.Values["Fault"]);
        Assert.InRange(written.Count, 1, 5);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("127.0.0.1:65535")]
    [InlineData("[::1]")]
    [InlineData("[::1]:443")]
    public async Task GoodHosts_AreServed(string host)
    {
        await using var app = new OperationsAppFactory();

        var context = await SendAsync(app, host, "/themes");

        Assert.Equal(200, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("evidence.example.org:8080", true)]
    [InlineData("10.0.0.5:1", true)]
    [InlineData("[2001:db8::1]:65535", true)]
    [InlineData("localhost:99999", false)]
    [InlineData("localhost:0", false)]
    [InlineData("", false)]
    [InlineData("[::1", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("a b", false)]
    [InlineData("xn--zz", false)]
    public void HostHeader_AcceptsOnlyHostAndPort(string host, bool valid) =>
        Assert.Equal(valid, HostHeader.IsValid(host));

    [Fact]
    public async Task ForwardedHost_FromATrustedProxy_IsHeldToTheSameForm()
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string>
        {
            ["AllowedHosts"] = "*",
            ["Site:PublicUrl"] = "https://evidence.example.org",
            ["Site:KnownProxies:0"] = "10.0.0.5",
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/themes");
        request.Headers.Add(OperationsAppFactory.ClientAddressHeader, "10.0.0.5");
        request.Headers.Add("X-Forwarded-Host", "evidence.example.org:99999");

        var response = await app.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(SecurityHeaderNames, name => Assert.True(response.Headers.Contains(name), name));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.All(SecurityHeaderNames, name => Assert.True(response.Headers.Contains(name), $"{(int)response.StatusCode} without {name}"));
    }

    [Fact]
    public async Task ClientErrors_400_404_429_CarryTheSecurityHeaders()
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string> { ["RateLimits:Exports:PermitLimit"] = "1" });
        var client = app.Client();

        AssertSecurityHeaders(await app.Client("http://evil.example").GetAsync("/themes"), HttpStatusCode.BadRequest);
        AssertSecurityHeaders(await client.GetAsync("/api/search?q=skills&pageSize=5000"), HttpStatusCode.BadRequest);
        AssertSecurityHeaders(await client.GetAsync("/no-such-page"), HttpStatusCode.NotFound);
        AssertSecurityHeaders(await client.GetAsync("/api/findings/no-such-finding"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/briefing/md?f=evaluating-transport-investment")).StatusCode);
        AssertSecurityHeaders(await client.GetAsync("/briefing/md?f=evaluating-transport-investment"), HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task BrokenStore_503_CarriesTheSecurityHeaders()
    {
        await using var app = new OperationsAppFactory();
        app.StartServer();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(app.DatabasePath + suffix);

        AssertSecurityHeaders(await app.Client().GetAsync("/themes/transport-and-connectivity"), HttpStatusCode.ServiceUnavailable);
        AssertSecurityHeaders(await app.Client().GetAsync("/api/reviews"), HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task ABug_500_OnPagesAndTheApi_CarriesTheSecurityHeaders()
    {
        await using var app = new OperationsAppFactory();
        // Start-up gets a real catalog; anything serving a request gets one that fails, like a bug would.
        await using var broken = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddTransient<EvidenceCatalog>(provider => provider.GetRequiredService<IHttpContextAccessor>().HttpContext is null
                ? ActivatorUtilities.CreateInstance<EvidenceCatalog>(provider)
                : throw new InvalidOperationException("A bug for the test."))));
        var client = broken.CreateClient();

        AssertSecurityHeaders(await client.GetAsync("/themes"), HttpStatusCode.InternalServerError);
        AssertSecurityHeaders(await client.GetAsync("/api/reviews"), HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task ErrorHandlerThatFailsToo_StillAnswers500WithTheHeaders_AndLogsOnce()
    {
        await using var app = new OperationsAppFactory();
        // The layout needs the theme, so the error page fails exactly as the page did.
        await using var broken = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<LpipEvidence.Web.Components.Layout.SiteTheme>(_ => throw new InvalidOperationException("A bug for the test."))));
        var client = broken.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            var response = await client.GetAsync("/themes");
            AssertSecurityHeaders(response, HttpStatusCode.InternalServerError);
            Assert.Equal("The site could not answer this request.", await response.Content.ReadAsStringAsync());
        }
        Assert.Single(app.Logs.Entries, e => e.Category == typeof(FrontDoorMiddleware).FullName);
    }

    [Fact]
    public async Task MalformedRequests_AreNotedWithoutAStackTrace_OneLineAMinute()
    {
        using var logs = new LogCollector();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var handler = new LpipEvidence.Web.Errors.SiteExceptionHandler(factory.CreateLogger<LpipEvidence.Web.Errors.SiteExceptionHandler>(), TimeProvider.System,
            new ClientFaultLog(factory.CreateLogger<ClientFaultLog>(), TimeProvider.System));

        for (var i = 0; i < 50; i++)
        {
            var context = new DefaultHttpContext();
            context.Request.Path = "/search";
            await handler.TryHandleAsync(context, new BadHttpRequestException("Request body too large.", 413), CancellationToken.None);
        }

        var line = Assert.Single(logs.Entries);
        Assert.Null(line.Exception);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal(ClientFault.BadRequest, line.Values["Fault"]);
        Assert.Equal(413, LpipEvidence.Web.Errors.SiteExceptionHandler.StatusCodeFor(new BadHttpRequestException("Request body too large.", 413)));
    }

    [Fact]
    public void ClientFaultLog_WritesOneLineAMinutePerKind_WithTheCountLeftOut()
    {
        using var logs = new LogCollector();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var time = new ManualTime();
        var faults = new ClientFaultLog(factory.CreateLogger<ClientFaultLog>(), time);

        for (var i = 0; i < 1000; i++) faults.Note(ClientFault.InvalidHost, "bad host");
        faults.Note(ClientFault.BadRequest, "bad form");
        time.Now += TimeSpan.FromSeconds(59);
        faults.Note(ClientFault.InvalidHost, "bad host");
        time.Now += TimeSpan.FromSeconds(2);
        faults.Note(ClientFault.InvalidHost, "bad host");

        Assert.Equal(3, logs.Entries.Count);
        Assert.Equal([0, 0, 1000], logs.Entries.Select(e => (int)e.Values["Earlier"]!));
    }

    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
