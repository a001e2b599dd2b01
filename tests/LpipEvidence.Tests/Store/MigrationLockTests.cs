using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Tests.Store;

/// <summary>
/// A process killed while migrating leaves EF Core's lock row behind, and EF then waits for ever. Starts must
/// clear it, say so once, and never hang. (The waits below only stop a broken build from hanging the test run.)
/// </summary>
public sealed class MigrationLockTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(90);

    private static async Task PlantLockRowAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-27 07:00:00.0000000+00:00');
            """;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> LockRowsAsync(TempStore store)
    {
        await using var db = store.Open();
        return await db.Database.SqlQueryRaw<long>("SELECT count(*) AS Value FROM \"__EFMigrationsLock\"").SingleAsync();
    }

    [Fact]
    public async Task Migrate_StoreWithAStaleLockRow_ClearsItLogsOnceAndMigrates()
    {
        using var store = await new TempStore().MigrateAsync();
        await PlantLockRowAsync(store.DatabasePath);
        var logger = new CollectingLogger();

        await EvidenceStore.MigrateAsync(store.Factory, logger).WaitAsync(HangGuard);

        Assert.Equal(0, await LockRowsAsync(store));
        var warning = Assert.Single(logger.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains("stale migration lock", warning.Message, StringComparison.Ordinal);
        Assert.Contains(store.DatabasePath, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_NewStoreKilledBeforeItsFirstMigration_StillMigratesEverything()
    {
        using var store = new TempStore();
        Directory.CreateDirectory(Path.GetDirectoryName(store.DatabasePath)!);
        await PlantLockRowAsync(store.DatabasePath);

        await EvidenceStore.MigrateAsync(store.Factory).WaitAsync(HangGuard);

        await using var db = store.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await LockRowsAsync(store));
    }

    [Fact]
    public async Task Migrate_WithoutAStaleLock_LogsNothing()
    {
        using var store = await new TempStore().MigrateAsync();
        var logger = new CollectingLogger();

        await EvidenceStore.MigrateAsync(store.Factory, logger).WaitAsync(HangGuard);

        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task Migrate_WhileAnotherProcessMigrates_WaitsABoundedTimeThenSaysWhy()
    {
        using var store = await new TempStore().MigrateAsync();
        // An open, exclusive handle on the lock file is what another migrating process holds.
        await using var other = new FileStream(store.DatabasePath + ".migrate-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            EvidenceStore.MigrateAsync(store.Factory, lockWait: TimeSpan.FromMilliseconds(300)).WaitAsync(HangGuard));

        Assert.Contains("Another process has been migrating the store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_AfterTheOtherProcessEnds_TakesTheLock()
    {
        using var store = await new TempStore().MigrateAsync();
        var other = new FileStream(store.DatabasePath + ".migrate-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var logger = new CollectingLogger();
        var migrating = EvidenceStore.MigrateAsync(store.Factory, logger, lockWait: TimeSpan.FromSeconds(60));
        await WaitUntilAsync(() => logger.Entries.Any(e => e.Message.StartsWith("Another process is migrating the store", StringComparison.Ordinal)));
        Assert.False(migrating.IsCompleted);

        await other.DisposeAsync();

        await migrating.WaitAsync(HangGuard);
        Assert.Equal(0, await LockRowsAsync(store));
    }

    [Fact]
    public async Task Migrate_WhileAnotherProcessMigrates_SaysOnceThatItWaits()
    {
        using var store = await new TempStore().MigrateAsync();
        await using var other = new FileStream(store.DatabasePath + ".migrate-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var logger = new CollectingLogger();

        await Assert.ThrowsAsync<TimeoutException>(() =>
            EvidenceStore.MigrateAsync(store.Factory, logger, lockWait: TimeSpan.FromMilliseconds(300)).WaitAsync(HangGuard));

        var waiting = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, waiting.Level);
        Assert.Contains(store.DatabasePath + ".migrate-lock", waiting.Message, StringComparison.Ordinal);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; the bound only stops a broken build from hanging the run.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + HangGuard;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never held");
            await Task.Delay(10);
        }
    }
}
