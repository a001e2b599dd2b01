using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Store;

/// <summary>Prepares the SQLite store: creates its folder, applies migrations and turns on write-ahead logging.</summary>
public static class EvidenceStore
{
    /// <summary>Applies every pending migration (never <c>EnsureCreated</c>), creating the database file if needed.</summary>
    public static async Task MigrateAsync(IDbContextFactory<EvidenceDbContext> contextFactory, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        EnsureFolder(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets pages keep reading while an import writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>Creates the folder that holds the database file named by a SQLite connection string.</summary>
    public static void EnsureFolder(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString)) return;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
