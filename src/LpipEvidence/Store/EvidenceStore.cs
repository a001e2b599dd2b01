using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpipEvidence.Store;

/// <summary>Prepares the SQLite store: creates its folder, applies migrations and turns on write-ahead logging.</summary>
public static partial class EvidenceStore
{
    /// <summary>How long a start waits for another process that is migrating the same store.</summary>
    public static readonly TimeSpan DefaultMigrationLockWait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Applies every pending migration (never <c>EnsureCreated</c>), creating the database file if needed.
    /// EF Core marks a migration in progress with a row in <c>__EFMigrationsLock</c> and waits, without end and
    /// without a word, while that row exists; a process killed while migrating leaves it behind. So migrations run
    /// under an operating-system lock on a file beside the store, which the kernel releases when its holder dies:
    /// whoever holds it is the only process migrating, and any row it finds is stale and is cleared.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<EvidenceDbContext> contextFactory, ILogger? logger = null,
        TimeSpan? lockWait = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await MigrateSqliteAsync(db, logger, lockWait, cancellationToken);
    }

    /// <summary>
    /// Migrates any SQLite context the way <see cref="MigrateAsync"/> does: under the file lock, stale lock rows
    /// cleared, write-ahead logging on. Shared with the briefings store.
    /// </summary>
    internal static async Task MigrateSqliteAsync(DbContext db, ILogger? logger, TimeSpan? lockWait, CancellationToken cancellationToken)
    {
        logger ??= NullLogger.Instance;
        var connectionString = db.Database.GetConnectionString();
        EnsureFolder(connectionString);
        var file = DatabaseFile(connectionString);
        await using (var migrationLock = file is null ? null : await MigrationLock.AcquireAsync(file + ".migrate-lock", lockWait ?? DefaultMigrationLockWait, logger, cancellationToken))
        {
            await ClearStaleLockAsync(db, file, logger, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        // WAL lets pages keep reading while an import writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>Creates the folder that holds the database file named by a SQLite connection string.</summary>
    public static void EnsureFolder(string? connectionString)
    {
        if (DatabaseFile(connectionString) is not { } file) return;
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }

    /// <summary>The full path of the database file a SQLite connection string names, or null for memory and URI names.</summary>
    public static string? DatabaseFile(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString)) return null;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return null;
        return Path.GetFullPath(dataSource);
    }

    private static async Task ClearStaleLockAsync(DbContext db, string? file, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock';";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0) return;

            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT \"Timestamp\" FROM \"__EFMigrationsLock\" LIMIT 1;";
            var taken = await read.ExecuteScalarAsync(cancellationToken);
            if (taken is null) return;

            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM \"__EFMigrationsLock\";";
            await delete.ExecuteNonQueryAsync(cancellationToken);
            LogStaleLockCleared(logger, file ?? "(store)", Convert.ToString(taken, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Cleared a stale migration lock in {Store}, taken at {TakenAt} by a process that stopped while migrating; no other process is migrating this store")]
    private static partial void LogStaleLockCleared(ILogger logger, string store, string takenAt);
}
