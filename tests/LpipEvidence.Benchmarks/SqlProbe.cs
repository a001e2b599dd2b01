using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// Times single SQL statements against a cached store (for profiling the search queries):
/// <c>sql &lt;store.db&gt; &lt;match&gt; &lt;runs&gt; "SQL with $match" ...</c>. Prints rows read and median/p95 per statement.
/// </summary>
public static class SqlProbe
{
    public static int Run(string[] args)
    {
        var (path, match, runs) = (args[0], args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        foreach (var sql in args[3..])
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            if (sql.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
            {
                Console.WriteLine($"{sql} -> {command.ExecuteScalar()}");
                continue;
            }
            command.Parameters.AddWithValue("$match", match);
            var rows = 0;
            var samples = new List<double>();
            for (var i = 0; i < runs + 3; i++)
            {
                var start = Stopwatch.GetTimestamp();
                rows = 0;
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read()) rows++;
                }
                if (i >= 3) samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
            samples.Sort();
            Console.WriteLine($"{samples[samples.Count / 2],10:F0} µs median {samples[(int)(samples.Count * 0.95)],10:F0} µs p95  rows {rows,6}  {sql}");
        }
        return 0;
    }
}
