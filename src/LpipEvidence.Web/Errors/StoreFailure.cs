using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Errors;

/// <summary>
/// Tells a broken or unreachable store (a missing, corrupt, locked, full or unreadable SQLite file, or one without
/// the site's tables) from a bug. EF Core wraps SQLite's exceptions, so the whole chain of inner exceptions is read.
/// </summary>
public static class StoreFailure
{
    /// <summary>How long clients are asked to wait before trying again (Retry-After), in seconds.</summary>
    public const int RetryAfterSeconds = 60;

    // SQLite result codes that mean the file cannot be used, whatever the query: BUSY, LOCKED, NOMEM, READONLY,
    // IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, NOTADB. A plain SQLITE_ERROR (1) is a bug unless a table is missing.
    private static readonly HashSet<int> UnavailableCodes = [5, 6, 7, 8, 10, 11, 13, 14, 15, 26];

    /// <summary>Whether <paramref name="exception"/> (or one it wraps) says the store cannot be used.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite && IsUnavailable(sqlite)) return true;
        }
        return false;
    }

    private static bool IsUnavailable(SqliteException exception) =>
        UnavailableCodes.Contains(exception.SqliteErrorCode & 0xFF) ||
        (exception.SqliteErrorCode == 1 && exception.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase));
}
