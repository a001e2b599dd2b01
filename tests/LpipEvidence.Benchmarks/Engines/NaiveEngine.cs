using System.Globalization;
using System.Text;
using LpipEvidence.Search;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>
/// What one would write without a full-text index: every word (or the phrase) must appear, as a substring, in the
/// finding's title, takeaway or body (SQL LIKE '%word%', a full scan), scored 10/5/2 for the column it appears in,
/// top 10 by score with the total count. No stemming, no theme labels, findings only.
/// </summary>
public sealed class NaiveEngine : ISearchEngine
{
    private readonly SqliteConnection _connection;

    public NaiveEngine(string databasePath)
    {
        _connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        _connection.Open();
    }

    public string Name => "NaiveLike";

    public async Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        var trimmed = query.Trim();
        IReadOnlyList<string> terms = trimmed.StartsWith('"')
            ? [string.Join(' ', SearchTokenizer.Tokenize(trimmed))]
            : SearchTokenizer.Tokenize(trimmed);

        var where = new StringBuilder();
        var score = new StringBuilder();
        await using var command = _connection.CreateCommand();
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                where.Append(" AND ");
                score.Append(" + ");
            }
            where.Append(CultureInfo.InvariantCulture, $"(Title LIKE $p{i} OR Takeaway_PlainText LIKE $p{i} OR Body_PlainText LIKE $p{i})");
            score.Append(CultureInfo.InvariantCulture,
                $"(Title LIKE $p{i}) * 10 + (Takeaway_PlainText LIKE $p{i}) * 5 + (Body_PlainText LIKE $p{i}) * 2");
            command.Parameters.AddWithValue($"$p{i}", "%" + terms[i] + "%");
        }
        command.CommandText = $"SELECT Slug, count(*) OVER () FROM (SELECT Slug, {score} AS Score FROM Findings WHERE {where}) ORDER BY Score DESC, Slug LIMIT 10;";

        var total = 0;
        var top = new List<string>(10);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            top.Add(reader.GetString(0));
            total = reader.GetInt32(1);
        }
        return (total, top);
    }

    public void Dispose() => _connection.Dispose();
}
