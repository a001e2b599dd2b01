using System.Net;
using System.Text.Json;
using LpipEvidence.Search;
using LpipEvidence.Web.Health;
using LpipEvidence.Web.Tests.Support;
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
    private static async Task<(HttpStatusCode Status, Dictionary<string, (string Status, string Description)> Checks)> ReadyAsync(OperationsAppFactory app)
    {
        var response = await app.Client().GetAsync("/health/ready");
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
