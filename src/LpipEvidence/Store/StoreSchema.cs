using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LpipEvidence.Store;

/// <summary>
/// Checks a store's file against what the app reads from it: SQLite's own consistency check, and every table and
/// column of the EF Core model. A file can hold the right migration history and still have lost a table (dropped by
/// hand) or pages (damaged on disk); either would only show when a page first reads it.
/// </summary>
public static class StoreSchema
{
    /// <summary>Tables and columns the model maps that the store lacks, as one sentence; null when it has them all.</summary>
    public static async Task<string?> MissingAsync(EvidenceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var missingTables = new List<string>();
        var missingColumns = new List<string>();
        foreach (var (table, columns) in Expected(db.Model))
        {
            var present = await ReadColumnsAsync(db, table, cancellationToken);
            if (present.Count == 0)
            {
                missingTables.Add(table);
                continue;
            }
            missingColumns.AddRange(columns.Where(c => !present.Contains(c)).Select(c => $"{table}.{c}"));
        }
        if (missingTables.Count == 0 && missingColumns.Count == 0) return null;
        var parts = new List<string>();
        if (missingTables.Count > 0) parts.Add($"tables {string.Join(", ", missingTables)}");
        if (missingColumns.Count > 0) parts.Add($"columns {string.Join(", ", missingColumns)}");
        return $"it lacks {string.Join(" and ", parts)} that this version reads";
    }

    /// <summary>
    /// SQLite's <c>PRAGMA quick_check</c>: every page readable and well formed, every record the right size; null when
    /// it says ok, else its first finding. It reads the whole file once (see docs/deployment.md for its cost).
    /// </summary>
    public static async Task<string?> DamageAsync(EvidenceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var findings = await QueryStringsAsync(db, "PRAGMA quick_check(5);", [], cancellationToken);
        if (findings is ["ok"]) return null;
        // One line: its findings can span lines, and the first names only the database.
        var lines = findings.SelectMany(f => f.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(line => !line.StartsWith("***", StringComparison.Ordinal)).Take(3);
        return $"it is damaged: SQLite's quick_check found: {string.Join("; ", lines)}";
    }

    /// <summary>Every table the model maps and the columns it reads from each.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Expected(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var tables = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table) continue;
            var storeObject = StoreObjectIdentifier.Table(table, entity.GetSchema());
            if (!tables.TryGetValue(table, out var columns)) tables[table] = columns = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(storeObject) is { } column) columns.Add(column);
            }
        }
        return tables.ToDictionary(t => t.Key, t => (IReadOnlyList<string>)[.. t.Value], StringComparer.Ordinal);
    }

    private static async Task<HashSet<string>> ReadColumnsAsync(EvidenceDbContext db, string table, CancellationToken cancellationToken) =>
        [.. await QueryStringsAsync(db, "SELECT name FROM pragma_table_info($table);", [("$table", table)], cancellationToken)];

    private static async Task<List<string>> QueryStringsAsync(EvidenceDbContext db, string sql, (string Name, string Value)[] parameters, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            var values = new List<string>();
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) values.Add(reader.GetString(0));
            return values;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }
}
