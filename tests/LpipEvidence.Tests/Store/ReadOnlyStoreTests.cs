using LpipEvidence.Store;
using LpipEvidence.Tests.Search;
using LpipEvidence.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Tests.Store;

/// <summary>
/// A store served read-only: sealed into one file with a rollback journal, opened in SQLite's read-only mode, and
/// checked (file, seal, migrations, content) before it is served, without writing anything.
/// </summary>
public sealed class ReadOnlyStoreTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    /// <summary>A store with the temp content imported (store and index), then sealed.</summary>
    private async Task<SearchStore> SealedAsync()
    {
        var store = await SearchStore.ImportAsync(_content.Root);
        await ReadOnlyStore.SealAsync(store.Store.DatabasePath);
        return store;
    }

    internal static IDbContextFactory<EvidenceDbContext> ReadOnlyFactory(string file) =>
        new Factory(new DbContextOptionsBuilder<EvidenceDbContext>().UseSqlite(ReadOnlyStore.ConnectionString(file)).Options);

    private static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The last migration this version knows (another may be added at any time).</summary>
    private static string LatestMigration(string file)
    {
        using var db = ReadOnlyFactory(file).CreateDbContext();
        return db.Database.GetMigrations().Last();
    }

    private static string[] FolderListing(string file) =>
        Directory.GetFiles(Path.GetDirectoryName(file)!).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Seal_LeavesOneFileWithARollbackJournal_ThatChecksAsServable()
    {
        using var store = await SealedAsync();
        var file = store.Store.DatabasePath;

        Assert.False(File.Exists(file + "-wal"));
        Assert.False(File.Exists(file + "-shm"));
        var header = new byte[20];
        await using (var stream = File.OpenRead(file)) await stream.ReadExactlyAsync(header);
        Assert.Equal((byte)1, header[18]); // written with a rollback journal, not write-ahead logging
        Assert.Equal((byte)1, header[19]);
        Assert.Null(await ReadOnlyStore.CheckAsync(ReadOnlyFactory(file)));
        Assert.Equal(LatestMigration(file), await ReadOnlyStore.LastMigrationAsync(ReadOnlyFactory(file)));
    }

    [Fact]
    public async Task ReadOnlyConnection_RefusesWrites()
    {
        using var store = await SealedAsync();
        var before = File.GetLastWriteTimeUtc(store.Store.DatabasePath);

        await using var db = ReadOnlyFactory(store.Store.DatabasePath).CreateDbContext();
        var error = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM Imports;"));

        Assert.Equal(8, error.SqliteErrorCode); // SQLITE_READONLY
        Assert.Equal(1, await db.Imports.CountAsync());
        Assert.Equal(before, File.GetLastWriteTimeUtc(store.Store.DatabasePath));
    }

    [Fact]
    public async Task Check_StoreStillInWriteAheadLogMode_IsRefusedWithoutCreatingItsLogFiles()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var file = store.Store.DatabasePath;
        var before = FolderListing(file);

        var problem = await ReadOnlyStore.CheckAsync(ReadOnlyFactory(file));

        Assert.Equal("it still uses write-ahead logging, so it was not sealed as an artifact", problem);
        Assert.Equal(before, FolderListing(file));
    }

    [Fact]
    public async Task Check_MigrationThisVersionDoesNotKnow_SaysANewerVersionBuiltIt()
    {
        using var store = await SealedAsync();
        Execute(store.Store.DatabasePath, "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0');");

        var problem = await ReadOnlyStore.CheckAsync(ReadOnlyFactory(store.Store.DatabasePath));

        Assert.Equal("it was built by a newer version of the app: it holds migrations this version does not know (29991231000000_FromTheFuture)", problem);
    }

    [Fact]
    public async Task Check_MigrationMissing_SaysAnOlderVersionBuiltIt()
    {
        using var store = await SealedAsync();
        var latest = LatestMigration(store.Store.DatabasePath);
        Execute(store.Store.DatabasePath, $"DELETE FROM __EFMigrationsHistory WHERE MigrationId = '{latest}';");

        var problem = await ReadOnlyStore.CheckAsync(ReadOnlyFactory(store.Store.DatabasePath));

        Assert.Equal($"it was built by an older version of the app: it lacks migrations this version needs ({latest})", problem);
    }

    [Fact]
    public async Task Check_NoImportedContent_IsRefused()
    {
        using var store = new TempStore();
        await store.MigrateAsync();
        await ReadOnlyStore.SealAsync(store.DatabasePath);

        Assert.Equal("it holds no imported content", await ReadOnlyStore.CheckAsync(ReadOnlyFactory(store.DatabasePath)));
    }

    [Fact]
    public async Task Check_MissingFileOrNotADatabase_IsRefusedWithoutCreatingAFile()
    {
        var folder = Directory.CreateTempSubdirectory("lpip-readonly-").FullName;
        try
        {
            var missing = Path.Combine(folder, "missing.db");
            Assert.Equal("the file does not exist", await ReadOnlyStore.CheckAsync(ReadOnlyFactory(missing)));
            Assert.False(File.Exists(missing));

            var text = Path.Combine(folder, "text.db");
            await File.WriteAllTextAsync(text, "This is a text file, long enough to hold a header, but not a database.");
            Assert.Equal("it is not a SQLite database", await ReadOnlyStore.CheckAsync(ReadOnlyFactory(text)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class Factory(DbContextOptions<EvidenceDbContext> options) : IDbContextFactory<EvidenceDbContext>
    {
        public EvidenceDbContext CreateDbContext() => new(options);
    }
}
