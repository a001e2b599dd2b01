using System.Net;
using System.Text.Json;
using LpipEvidence.Search;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Tests.Search;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Health;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>
/// Readiness answers 200 only when a page and a search would answer: not when the index folder has gone under a
/// running instance, not when a table pages read has gone, and not while search still lags the store after a start.
/// </summary>
public sealed class ReadinessTests
{
    private static Task<(HttpStatusCode Status, Dictionary<string, (string Status, string Description)> Checks)> ReadyAsync(OperationsAppFactory app) =>
        ReadyAsync(app.Client());

    private static async Task<(HttpStatusCode Status, Dictionary<string, (string Status, string Description)> Checks)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => (c.GetProperty("status").GetString()!, c.GetProperty("description").GetString() ?? "")));
    }

    [Fact]
    public async Task IndexFolderDeleted_UnderARunningInstance_ReadinessFails()
    {
        await using var app = new OperationsAppFactory();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(app)).Status);
        var folder = app.Services.GetRequiredService<SearchIndexManager>().CurrentFolder;
        Assert.NotNull(folder);

        Directory.Delete(folder, recursive: true);
        var (status, checks) = await ReadyAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks[SearchIndexHealthCheck.Name].Status);
        Assert.Contains("folder has gone", checks[SearchIndexHealthCheck.Name].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeTableDropped_UnderARunningInstance_ReadinessFails()
    {
        await using var app = new OperationsAppFactory();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(app)).Status);

        await using (var connection = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE FindingThemes; DROP TABLE Themes;";
            await drop.ExecuteNonQueryAsync();
        }
        var (status, checks) = await ReadyAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks[StoreHealthCheck.Name].Status);
        Assert.Contains("it lacks tables FindingThemes, Themes", checks[StoreHealthCheck.Name].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_OnceSearchServesTheStore_RemembersItCaughtUp()
    {
        await using var app = new OperationsAppFactory();
        var catchUp = app.Services.GetRequiredService<SearchCatchUp>();

        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(app)).Status);

        Assert.True(catchUp.HasCaughtUp);
    }

    [Fact]
    public async Task Restart_OnAStoreAheadOfItsIndex_ReadinessIs503UntilSearchHasCaughtUp_Then200()
    {
        using var content = new TempContent();
        var data = Path.Combine(Path.GetTempPath(), "lpip-catch-up-" + Guid.NewGuid().ToString("N"));
        var index = Path.Combine(data, "evidence.db.search");
        var saved = Path.Combine(Path.GetTempPath(), "lpip-catch-up-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The store and its index at the first content; that index is kept aside.
            await using (var first = OnStore(content.Root, data, new RecordingEmbedder()))
            {
                Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(first.Client)).Status);
            }
            CopyFolder(index, saved);
            // The content changes and is imported (a start with new content rebuilds its index before it listens).
            content.Write(TempContent.FirstFindingPath, TempContent.FirstFinding.Replace("Clusters matter for places.", "Clusters matter for towns and cities.", StringComparison.Ordinal));
            await using (var second = OnStore(content.Root, data, new RecordingEmbedder()))
            {
                Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(second.Client)).Status);
            }
            // As after a process killed between the store's commit and the new index: the store holds the new content,
            // the index on disk is the previous one. A start then serves that index at once and builds the new one
            // in the background; its model is held, so that build cannot finish while the test looks.
            Directory.Delete(index, recursive: true);
            CopyFolder(saved, index);
            var held = new RecordingEmbedder(held: true);
            // A start that waited for the held build would hang the test: it fails instead.
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            using var unhold = bound.Token.Register(held.Release);
            try
            {
                await using var third = OnStore(content.Root, data, held);
                var search = third.Factory.Services.GetRequiredService<SearchIndexManager>();
                Assert.False(bound.IsCancellationRequested, "the start waited for the held index build");

                var (during, checks) = await ReadyAsync(third.Client);
                var searchDuring = await third.Client.GetStringAsync("/api/search?q=places&mode=words");

                Assert.Equal(SearchIndexStatus.Indexing, search.State.Status);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, during);
                Assert.Equal("Unhealthy", checks[SearchIndexHealthCheck.Name].Status);
                Assert.Contains("catching up with the store after the start", checks[SearchIndexHealthCheck.Name].Description, StringComparison.Ordinal);
                Assert.Contains("First Finding About Clusters", searchDuring, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await ReadyAsync(third.Client)).Status);

                held.Release();
                await search.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(120));
                var (after, checksAfter) = await ReadyAsync(third.Client);

                Assert.Equal(HttpStatusCode.OK, after);
                Assert.Equal("Healthy", checksAfter[SearchIndexHealthCheck.Name].Status);
                Assert.Contains("First Finding About Clusters", await third.Client.GetStringAsync("/api/search?q=towns&mode=words"), StringComparison.Ordinal);
            }
            finally
            {
                held.Release();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var folder in new[] { data, saved })
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>The app on a store in <paramref name="data"/> that outlives it, with <paramref name="embedder"/> as its model.</summary>
    private static AppOnStore OnStore(string contentPath, string data, ITextEmbedder embedder)
    {
        var app = new EvidenceAppFactory(contentPath, data);
        var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(embedder)));
        return new AppOnStore(app, factory, factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
    }

    private sealed record AppOnStore(EvidenceAppFactory App, WebApplicationFactory<Program> Factory, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
            await App.DisposeAsync();
        }
    }

    private static readonly StoreGeneration Old = new(1, "aaaaaaaaaaaaaaaaaaaa");
    private static readonly StoreGeneration New = new(2, "bbbbbbbbbbbbbbbbbbbb");

    private static SearchIndexState State(SearchIndexStatus status, StoreGeneration? serving) => new(status, serving, null, DateTimeOffset.UnixEpoch);

    [Theory]
    // Just started, search still serves what the store held before: not ready, whatever the index is doing.
    [InlineData(SearchIndexStatus.Indexing, "old", "new", false, true, HealthStatus.Unhealthy)]
    [InlineData(SearchIndexStatus.Ready, "old", "new", false, true, HealthStatus.Unhealthy)]
    [InlineData(SearchIndexStatus.Failed, "old", "new", false, true, HealthStatus.Unhealthy)]
    // Caught up once: a later rebuild keeps serving the previous index, ready but degraded.
    [InlineData(SearchIndexStatus.Indexing, "old", "new", true, true, HealthStatus.Degraded)]
    [InlineData(SearchIndexStatus.Failed, "old", "new", true, true, HealthStatus.Degraded)]
    // Serving what the store holds.
    [InlineData(SearchIndexStatus.Ready, "new", "new", false, true, HealthStatus.Healthy)]
    // No index at all, or its folder gone.
    [InlineData(SearchIndexStatus.Indexing, null, "new", true, true, HealthStatus.Unhealthy)]
    [InlineData(SearchIndexStatus.Ready, "new", "new", true, false, HealthStatus.Unhealthy)]
    public void Evaluate_IsReadyOnlyWhenASearchWouldAnswerFromTheStoresContent(SearchIndexStatus status, string? serving, string store, bool caughtUp, bool folderExists, HealthStatus expected)
    {
        var generation = serving switch { "old" => Old, "new" => New, _ => null };

        var result = SearchIndexHealthCheck.Evaluate(State(status, generation), store == "new" ? New.ContentHash : Old.ContentHash, caughtUp, folderExists);

        Assert.Equal(expected, result.Status);
    }
}
