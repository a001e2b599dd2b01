using Microsoft.Data.Sqlite;

namespace LpipEvidence.Search;

/// <summary>
/// Where a store's search index lives, and the only way to move or remove it from outside the index: the folder
/// <c>&lt;database file&gt;.search</c> next to the store, holding its generations (see <see cref="SearchIndexManager"/>).
/// </summary>
public static class SearchIndexFolder
{
    /// <summary>
    /// The index folder for a SQLite connection string: <c>&lt;database file&gt;.search</c>, or a folder in the
    /// temp folder for an in-memory database.
    /// </summary>
    public static string For(string? connectionString)
    {
        var dataSource = string.IsNullOrEmpty(connectionString) ? "" : new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return Path.Combine(Path.GetTempPath(), $"lpip-search-{Environment.ProcessId}-{Guid.NewGuid():N}");
        }
        return Path.GetFullPath(dataSource) + ".search";
    }

    /// <summary>The index folder of the SQLite database file <paramref name="databasePath"/>.</summary>
    public static string OfDatabase(string databasePath) => Path.GetFullPath(databasePath) + ".search";

    /// <summary>Whether the database file <paramref name="databasePath"/> has an index folder.</summary>
    public static bool Exists(string databasePath) => Directory.Exists(OfDatabase(databasePath));

    /// <summary>Removes the index of the database file <paramref name="databasePath"/>, if it has one.</summary>
    public static void Delete(string databasePath)
    {
        var folder = OfDatabase(databasePath);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// Moves the index of the database file <paramref name="fromDatabase"/> to go with <paramref name="toDatabase"/>
    /// (for a store moved into place; the index must not be open). Throws when the target already has one.
    /// </summary>
    public static void Move(string fromDatabase, string toDatabase) => Directory.Move(OfDatabase(fromDatabase), OfDatabase(toDatabase));
}
