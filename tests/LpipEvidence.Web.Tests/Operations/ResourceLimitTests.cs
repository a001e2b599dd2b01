using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Parser;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.Endpoints;
using LpipEvidence.Web.Search;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>
/// What one client can take: Kestrel's limits at their stated values, the proxy's per-address connection cap, cache
/// entries that junk query parameters cannot multiply, and one search-length limit that holds end to end.
/// </summary>
public sealed class ResourceLimitTests
{
    [Fact]
    public async Task Kestrel_HasTheStatedLimits()
    {
        await using var app = new OperationsAppFactory();

        var limits = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(4_000, limits.MaxConcurrentConnections);
        Assert.Equal(2_000, limits.MaxConcurrentUpgradedConnections);
        Assert.Equal(TimeSpan.FromSeconds(10), limits.RequestHeadersTimeout);
        Assert.Equal(TimeSpan.FromSeconds(65), limits.KeepAliveTimeout);
        Assert.Equal(64 * 1024, limits.MaxRequestBodySize);
        Assert.Equal(240, limits.MinRequestBodyDataRate?.BytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(5), limits.MinResponseDataRate?.GracePeriod);
        Assert.Equal(8 * 1024, limits.MaxRequestLineSize);
    }

    [Fact]
    public void ShippedNginxSite_CapsConnectionsPerAddress()
    {
        var site = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "lpip-evidence.conf"));

        Assert.Matches(@"(?m)^limit_conn_zone \$binary_remote_addr zone=lpip_evidence_per_address:\d+m;", site);
        Assert.Matches(@"(?m)^    limit_conn lpip_evidence_per_address \d+;", site);
        Assert.Matches(@"(?m)^    client_header_timeout 10s;", site);
    }

    [Fact]
    public void GarbageCollector_IsTheMeasuredChoice_ServerAdaptingItsHeapCount()
    {
        // The site's runtime settings as built (and published): docs/performance.md, "Garbage collector settings".
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "LpipEvidence.Web.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.True(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.Equal(1, properties.GetProperty("System.GC.DynamicAdaptationMode").GetInt32());
    }

    /// <summary>The framework's store, counting every distinct key written to it.</summary>
    private sealed class CountingStore(IOutputCacheStore inner) : IOutputCacheStore
    {
        public ConcurrentDictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Keys.AddOrUpdate(key, 1, (_, n) => n + 1);
            return inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
    }

    [Fact]
    public async Task TenThousandRequestsWithJunkParameters_MakeNoNewCacheEntries()
    {
        // The feeds' own rate limit is not what this is about.
        await using var app = new OperationsAppFactory(new Dictionary<string, string> { ["RateLimits:Feeds:PermitLimit"] = "100000" });
        CountingStore? store = null;
        await using var counted = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var framework = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.AddSingleton<IOutputCacheStore>(provider => store = new CountingStore(
                framework.ImplementationFactory is { } factory ? (IOutputCacheStore)factory(provider) : (IOutputCacheStore)framework.ImplementationInstance!));
        }));
        var client = counted.CreateClient();
        string[] pages = ["/", "/themes", "/themes/skills-and-talent", "/reviews/test-only-transport", "/findings/evaluating-transport-investment", "/whats-new?page=1", LpipEvidence.Addresses.SiteAddresses.WhatsNewFeed];
        foreach (var page in pages) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        var entries = store!.Keys.Count;
        Assert.Equal(pages.Length, entries);

        var random = new Random(21);
        for (var i = 0; i < 10_000; i++)
        {
            var page = pages[i % pages.Length];
            var junk = $"{(page.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{(char)random.Next('a', 'z' + 1)}{random.Next()}={random.Next()}";
            var response = await client.GetAsync(page + junk);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(entries, store.Keys.Count);
        // What a page does read still makes its own entry.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/whats-new?page=1&utm_source=x")).StatusCode);
        Assert.Equal(entries, store.Keys.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/whats-new")).StatusCode);
        Assert.Equal(entries + 1, store.Keys.Count);
    }

    [Fact]
    public void QueryKeys_AreTheParametersAPageReads()
    {
        Assert.Equal("page", Assert.Single(QueryKeysReadPolicy.QueryKeysOf(typeof(LpipEvidence.Web.Components.Pages.Changes.WhatsNewPage)).ToArray()));
        Assert.Empty(QueryKeysReadPolicy.QueryKeysOf(typeof(LpipEvidence.Web.Components.Pages.Themes.ThemePage)).ToArray());
    }

    [Fact]
    public async Task LongestSearch_AnswersEndToEnd_AndOneLongerIsRefusedWithTheNumber()
    {
        await using var app = new OperationsAppFactory();
        app.UseKestrel(0);
        app.StartServer();
        using var client = app.CreateClient();
        // Three UTF-8 bytes each: the longest a character is when percent-encoded (9 bytes).
        var longest = Uri.EscapeDataString(new string('€', SearchParameters.MaxQueryCharacters));
        var tooLong = Uri.EscapeDataString(new string('€', SearchParameters.MaxQueryCharacters + 1));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=" + longest + "&theme=skills-and-talent&page=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + longest + "&theme=skills-and-talent&page=1")).StatusCode);
        var page = await client.GetAsync("/search?q=" + tooLong);
        var api = await client.GetAsync("/api/search?q=" + tooLong);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var message = $"q is longer than {SearchParameters.MaxQueryCharacters} characters.";
        Assert.Contains(message, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(message, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchBoxes_DocsAndServer_ShareOneLength()
    {
        await using var app = new OperationsAppFactory();
        var client = app.Client();
        var expected = SearchParameters.MaxQueryCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var boxes = new HtmlParser().ParseDocument(await client.GetStringAsync("/search?q=skills")).QuerySelectorAll("input[name=q]");

        Assert.NotEmpty(boxes);
        Assert.All(boxes, box => Assert.Equal(expected, box.GetAttribute("maxlength")));
        var operations = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "operations.md"));
        Assert.Contains($"| search text (`q`) | {SearchParameters.MaxQueryCharacters} characters accepted", operations, StringComparison.Ordinal);
    }
}
