using LpipEvidence.Search;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>
/// The FTS5 work that matches what Lucene is asked for: the same parsed expression, the total count and the slugs
/// of the top 10 by bm25 with the service's column weights (title 10, takeaway 5, body 2, themes 1). No facets,
/// snippets, highlights or suggestions; one open connection.
/// </summary>
public sealed class CoreEngine : ISearchEngine
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _top;

    public CoreEngine(string databasePath)
    {
        _connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        _connection.Open();
        _count = _connection.CreateCommand();
        _count.CommandText = "SELECT count(*) FROM SearchIndex WHERE SearchIndex MATCH $match;";
        _count.Parameters.Add("$match", SqliteType.Text);
        _top = _connection.CreateCommand();
        _top.CommandText = "SELECT slug FROM SearchIndex WHERE SearchIndex MATCH $match ORDER BY bm25(SearchIndex, 0.0, 0.0, 0.0, 0.0, 10.0, 5.0, 2.0, 1.0) LIMIT 10;";
        _top.Parameters.Add("$match", SqliteType.Text);
    }

    public string Name => "Core";

    public async Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        var match = SearchQueryParser.Parse(query, prefixLastWord: false).Match!;
        _count.Parameters[0].Value = match;
        var total = Convert.ToInt32(await _count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        _top.Parameters[0].Value = match;
        var top = new List<string>(10);
        await using (var reader = await _top.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) top.Add(reader.GetString(0));
        }
        return (total, top);
    }

    public void Dispose()
    {
        _count.Dispose();
        _top.Dispose();
        _connection.Dispose();
    }
}
