using System.Net;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Tests.Hosting;

/// <summary>Start-up never hangs on what an earlier, killed process left in the store.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "lpip-startup-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Start_StoreLeftLockedByAKilledProcess_StartsAndServes()
    {
        await using (var first = new EvidenceAppFactory(RepositoryPaths.FixtureContent, _data))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetPageAsync("/")).Response.StatusCode);
        }
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(_data, "evidence.db")};Pooling=False"))
        {
            await db.OpenAsync();
            await using var plant = db.CreateCommand();
            plant.CommandText = "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-11-27 07:00:00+00:00');";
            await plant.ExecuteNonQueryAsync();
        }

        await using var second = new EvidenceAppFactory(RepositoryPaths.FixtureContent, _data);
        var (response, page) = await second.GetPageAsync("/themes/skills-and-talent").WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Skills and talent", page.QuerySelector("h1")?.TextContent);
    }
}
