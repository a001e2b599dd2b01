using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>
/// The store breaks under a running site: pages answer a "temporarily unavailable" 503 page, /status says so,
/// readiness fails, searches keep answering from their index; never a 500.
/// </summary>
public sealed class StoreUnavailableTests
{
    public enum Breakage
    {
        /// <summary>The database file is overwritten with bytes that are not a database.</summary>
        Corrupted,

        /// <summary>The database file (and its WAL files) are deleted.</summary>
        Deleted,

        /// <summary>The whole data folder is deleted, so the file cannot even be created again.</summary>
        FolderDeleted,
    }

    /// <summary>
    /// Breaks the store. Pooled connections still hold the old file open (SQLite reads through them until they are
    /// closed), so the pool is cleared: every request after this opens the broken file, as after a restart.
    /// </summary>
    private static void Break(OperationsAppFactory app, Breakage breakage)
    {
        app.StartServer();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(app.DatabasePath + suffix);
        switch (breakage)
        {
            case Breakage.Corrupted:
                File.WriteAllBytes(app.DatabasePath, Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7 + 3)).ToArray());
                break;
            case Breakage.Deleted:
                File.Delete(app.DatabasePath);
                break;
            case Breakage.FolderDeleted:
                Directory.Delete(Path.GetDirectoryName(app.DatabasePath)!, recursive: true);
                break;
        }
    }

    [Theory]
    [InlineData(Breakage.Corrupted)]
    [InlineData(Breakage.Deleted)]
    [InlineData(Breakage.FolderDeleted)]
    public async Task BrokenStore_SearchApiKeepsAnsweringFromItsIndex(Breakage breakage)
    {
        await using var app = new OperationsAppFactory();
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=clusters")).StatusCode);
        Break(app, breakage);

        // The index is derived from the store but read on its own, so searches need no store.
        var response = await client.GetAsync("/api/search?q=skills");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Theory]
    [InlineData(Breakage.Corrupted)]
    [InlineData(Breakage.Deleted)]
    public async Task BrokenStore_PagesAnswerATemporarilyUnavailablePage(Breakage breakage)
    {
        await using var app = new OperationsAppFactory();
        Break(app, breakage);

        foreach (var url in new[] { "/", "/themes/skills-and-talent", "/findings/evaluating-transport-investment", "/briefing?f=evaluating-transport-investment" })
        {
            var response = await app.Client().GetAsync(url);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, url);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal("Sorry, the service is unavailable", page.QuerySelector("h1")?.TextContent);
            Assert.Contains("Try again in a few minutes", page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BrokenStore_StatusSaysTheStoreIsUnavailableAndReadinessFails()
    {
        await using var app = new OperationsAppFactory();
        var (_, before) = await app.GetPageAsync("/status");
        Assert.Contains("The content is valid", before.Body!.TextContent, StringComparison.Ordinal);
        Break(app, Breakage.Corrupted);

        var (status, page) = await app.GetPageAsync("/status");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains("cannot read its store", page.QuerySelector(".status-alert")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("The content is valid", page.Body!.TextContent, StringComparison.Ordinal);

        var ready = await app.Client().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var store = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "store");
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task BrokenStore_IsLoggedOnceNotOncePerRequest()
    {
        await using var app = new OperationsAppFactory();
        Break(app, Breakage.Corrupted);
        for (var i = 0; i < 5; i++) await app.Client().GetAsync("/themes/skills-and-talent");

        var errors = app.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).ToList();
        Assert.Single(errors);
        Assert.Contains("store is unavailable", errors[0].Message, StringComparison.Ordinal);
    }
}
