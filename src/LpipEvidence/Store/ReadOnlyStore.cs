using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Store;

/// <summary>
/// A store served read-only: sealed once built (one self-contained file with a rollback journal, so readers need no
/// write-ahead log and nothing is written beside it), opened with SQLite's read-only mode, and checked before it is
/// served: a SQLite file, sealed, undamaged (SQLite's quick_check), with exactly the migrations this version of the
/// library knows and every table and column it reads, holding content.
/// What built it is recorded in the file itself: EF Core's migration history lists the migrations applied.
/// </summary>
public static class ReadOnlyStore
{
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();

    /// <summary>A connection string that opens <paramref name="file"/> read-only: any write fails, and none is attempted.</summary>
    public static string ConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>
    /// Seals a store that is no longer written: folds the write-ahead log into the file, switches to a rollback
    /// journal (recorded in the file's header, so every later reader sees it) and compacts the file. Afterwards the
    /// file alone is the store: no <c>-wal</c> or <c>-shm</c> file, and it opens on a read-only file system.
    /// Nothing else may have the file open.
    /// </summary>
    public static async Task SealAsync(string file, CancellationToken cancellationToken = default)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            var mode = await ExecuteAsync(connection, "PRAGMA journal_mode=DELETE;", cancellationToken);
            if (!string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The store {file} could not leave write-ahead logging (journal mode is '{mode}'): is another process using it?");
            }
            await ExecuteAsync(connection, "VACUUM;", cancellationToken);
        }
        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
        {
            if (File.Exists(file + suffix)) throw new InvalidOperationException($"The store {file} still has a {suffix} file after sealing: is another process using it?");
        }
    }

    /// <summary>
    /// Why the store that <paramref name="contextFactory"/> opens cannot be served read-only by this version, or null
    /// when it can: the file is missing or not a SQLite database, it was not sealed, it lacks migrations this version
    /// needs or holds migrations it does not know, it is damaged, it lacks a table or column the model reads, or it
    /// holds no content. Reads only.
    /// </summary>
    public static async Task<string?> CheckAsync(IDbContextFactory<EvidenceDbContext> contextFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var file = EvidenceStore.DatabaseFile(db.Database.GetConnectionString());
        if (file is null) return "the store is not a file";
        if (!File.Exists(file)) return "the file does not exist";
        if (ReadHeaderProblem(file) is { } header) return header;

        List<string> applied;
        try
        {
            applied = [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)];
        }
        catch (SqliteException ex)
        {
            return $"it cannot be read ({ex.Message})";
        }
        var known = db.Database.GetMigrations().ToList();
        var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return $"it was built by a newer version of the app: it holds migrations this version does not know ({string.Join(", ", unknown)})";
        }
        var pending = known.Except(applied, StringComparer.Ordinal).ToList();
        if (pending.Count > 0)
        {
            return applied.Count == 0
                ? "it holds no migration history, so it was not built by this app"
                : $"it was built by an older version of the app: it lacks migrations this version needs ({string.Join(", ", pending)})";
        }
        try
        {
            if (await StoreSchema.DamageAsync(db, cancellationToken) is { } damage) return damage;
            if (await StoreSchema.MissingAsync(db, cancellationToken) is { } missing) return missing;
            if (!await db.Imports.AnyAsync(cancellationToken)) return "it holds no imported content";
        }
        catch (SqliteException ex)
        {
            return $"it cannot be read ({ex.Message})";
        }
        return null;
    }

    /// <summary>The last migration applied to the store, which names the store format it was built with.</summary>
    public static async Task<string?> LastMigrationAsync(IDbContextFactory<EvidenceDbContext> contextFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
    }

    /// <summary>
    /// Reads the file's header directly, because opening a store that still uses write-ahead logging would create
    /// its <c>-shm</c> file even through a read-only connection.
    /// </summary>
    private static string? ReadHeaderProblem(string file)
    {
        var header = new byte[20];
        int read;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        if (read < header.Length || !header.AsSpan(0, SqliteMagic.Length).SequenceEqual(SqliteMagic)) return "it is not a SQLite database";
        // Bytes 18 and 19: the file format's write and read versions, 1 for a rollback journal and 2 for write-ahead logging.
        if (header[18] != 1 || header[19] != 1) return "it still uses write-ahead logging, so it was not sealed as an artifact";
        return null;
    }

    private static async Task<string?> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
