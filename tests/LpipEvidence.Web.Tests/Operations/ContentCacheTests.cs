using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LpipEvidence.Import;
using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>
/// Content pages are rendered once and served from the output cache, keyed by URL; a re-import shows new content at
/// once; nothing personal (cookies, antiforgery tokens) is ever cached; interactive and per-person pages never are.
/// </summary>
public sealed class ContentCacheTests
{
    private const string ThemeUrl = "/themes/skills-and-talent";

    private static async Task<string?> TitleAsync(HttpClient client, string url) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(url)).QuerySelector("h1")?.TextContent;

    /// <summary>Changes a theme's title in the store itself, behind the site's back (no import, no cache eviction).</summary>
    private static async Task RetitleInStoreAsync(EvidenceAppFactory app, string title)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE Themes SET Title = $title WHERE Slug = 'skills-and-talent';";
        update.Parameters.AddWithValue("$title", title);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reviews")]
    [InlineData("/reviews/test-only-transport")]
    [InlineData("/themes")]
    [InlineData(ThemeUrl)]
    [InlineData("/findings/evaluating-transport-investment")]
    public async Task ContentPage_IsServedFromTheCacheAndCarriesNothingPersonal(string url)
    {
        await using var app = new OperationsAppFactory();
        var client = app.Client();

        var first = await client.GetAsync(url);
        var second = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Set-Cookie"), "a cached page must not hand out anyone's cookie");
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }

    /// <summary>
    /// The antiforgery request token Blazor writes into a page's protected component state, or null when there is
    /// none. The state is encrypted with the app's data-protection keys, so only the app (here, the test through
    /// its services) can read it.
    /// </summary>
    private static string? EmbeddedRequestToken(EvidenceAppFactory app, string html)
    {
        const string Marker = "<!--Blazor-Server-Component-State:";
        var start = html.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "the page carries Blazor's component state");
        var encoded = html[(start + Marker.Length)..html.IndexOf("-->", start, StringComparison.Ordinal)];
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Microsoft.AspNetCore.Components.Server.State");
        var state = JsonSerializer.Deserialize<Dictionary<string, byte[]>>(protector.Unprotect(Convert.FromBase64String(encoded)))!;
        foreach (var value in state.Values)
        {
            using var entry = JsonDocument.Parse(value);
            if (entry.RootElement.ValueKind == JsonValueKind.Object && entry.RootElement.TryGetProperty("formFieldName", out _))
            {
                return entry.RootElement.TryGetProperty("value", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
            }
        }
        return null;
    }

    [Fact]
    public async Task CachedPage_EmbedsNoAntiforgeryToken_TheInteractiveSearchPageDoes()
    {
        await using var app = new OperationsAppFactory();
        var client = app.Client();

        Assert.Null(EmbeddedRequestToken(app, await client.GetStringAsync(ThemeUrl)));
        Assert.False(string.IsNullOrEmpty(EmbeddedRequestToken(app, await client.GetStringAsync("/search?q=skills"))));
    }

    [Fact]
    public async Task CachedPage_IsNotRenderedAgainUntilTheContentChanges()
    {
        await using var app = new OperationsAppFactory();
        var client = app.Client();
        Assert.Equal("Skills and talent", await TitleAsync(client, ThemeUrl));

        await RetitleInStoreAsync(app, "Changed behind the cache");

        Assert.Equal("Skills and talent", await TitleAsync(client, ThemeUrl));
        // A query parameter the page does not read makes no other page: still the cached one.
        Assert.Equal("Skills and talent", await TitleAsync(client, ThemeUrl + "?from=test"));
    }

    [Fact]
    public async Task ReImport_ShowsTheNewContentAtOnce()
    {
        using var content = TempContent.CopyOf(RepositoryPaths.FixtureContent);
        await using var app = new OperationsAppFactory(null, content.Root);
        var client = app.Client();
        Assert.Equal("Skills and talent", await TitleAsync(client, ThemeUrl));
        Assert.Equal("Skills and talent", await TitleAsync(client, ThemeUrl));

        var path = Path.Combine(content.Root, "themes", "skills-and-talent.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("title: Skills and talent", "title: Skills, talent and training", StringComparison.Ordinal));
        var import = (await app.Services.GetRequiredService<EvidenceImporter>().ImportAsync(content.Root)).Store;
        Assert.Equal(ImportOutcome.Imported, import.Outcome);

        var after = await client.GetAsync(ThemeUrl);
        Assert.Null(after.Headers.Age);
        Assert.Equal("Skills, talent and training", new HtmlParser().ParseDocument(await after.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("/search?q=skills")]
    [InlineData("/briefing?f=evaluating-transport-investment")]
    [InlineData("/status")]
    public async Task InteractiveAndPerPersonPages_AreNeverCached(string url)
    {
        await using var app = new OperationsAppFactory();
        var client = app.Client();
        await client.GetAsync(url);

        var again = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task NotFound_IsNeverCachedAndOtherSpellingsOfACachedUrlAreRedirected()
    {
        await using var app = new OperationsAppFactory();
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ThemeUrl)).StatusCode);

        // Another spelling is redirected to the one address (never served from the cache under its own key).
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync("/themes/Skills-And-Talent")).StatusCode);
        var missing = await client.GetAsync("/themes/no-such-theme");
        var missingAgain = await client.GetAsync("/themes/no-such-theme");
        Assert.Equal(HttpStatusCode.NotFound, missingAgain.StatusCode);
        Assert.Null(missingAgain.Headers.Age);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task CacheCanBeTurnedOff()
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string> { ["ContentCache:Enabled"] = "false" });
        var client = app.Client();
        Assert.Equal("Skills and talent", await TitleAsync(client, ThemeUrl));

        await RetitleInStoreAsync(app, "Changed with no cache");

        Assert.Equal("Changed with no cache", await TitleAsync(client, ThemeUrl));
    }
}
