using System.Diagnostics;
using System.Globalization;
using System.Text;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Benchmarks.Engines;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// Per-request latency: each query run many times by each engine, one request at a time, the engines taking turns
/// (so a noisy moment on the shared machine hits all of them), then median, P95, P99 and max of the single requests.
/// </summary>
public static class LatencyRunner
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes")?.Split(',').Select(s => int.Parse(s, Invariant)).ToArray() ?? Corpora.Sizes;
        var runs = int.Parse(Option(args, "--runs") ?? "1000", Invariant);
        var budget = TimeSpan.FromSeconds(double.Parse(Option(args, "--seconds") ?? "10", Invariant));
        var engines = Option(args, "--engines")?.Split(',') ?? ["Lucene", "LuceneQuery", "Service", "Fts5Service"];
        var output = new StringBuilder();
        void Line(string text)
        {
            Console.WriteLine(text);
            output.AppendLine(text);
        }

        Line($"# Latency: {runs} requests per query and engine (at most {budget.TotalSeconds:F0} s each), {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Line("");
        if (!args.Contains("--no-real")) RealContent(runs, Line);

        foreach (var size in sizes)
        {
            var store = Corpora.EnsureFts5Store(size);
            Line($"## {size:N0} findings: store {Corpora.StoreBytes(store) / 1024.0 / 1024.0:F1} MiB on disk with the FTS5 tables, "
                + $"Lucene index {Corpora.FolderBytes(LuceneEngine.IndexFolder(store)) / 1024.0 / 1024.0:F1} MiB");
            Line("");
            Line("| query | engine | hits | runs | median µs | p95 µs | p99 µs | max µs | alloc KB/op | median / Lucene |");
            Line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            var all = engines.Select(e => Create(e, store)).ToList();
            try
            {
                foreach (var kind in Enum.GetValues<QueryKind>())
                {
                    var query = Queries.For(kind);
                    var results = Measure(all, query, runs, budget);
                    var lucene = results.FirstOrDefault(r => r.Engine == "Lucene");
                    foreach (var r in results)
                    {
                        var ratio = lucene is null ? "" : (r.Median / lucene.Median).ToString("F2", Invariant);
                        Line($"| {kind} `{query}` | {r.Engine} | {r.Total:N0} | {r.Runs} | {r.Median:F0} | {r.P95:F0} | {r.P99:F0} | {r.Max:F0} | {r.AllocatedKb:F1} | {ratio} |");
                    }
                }
            }
            finally
            {
                foreach (var engine in all) engine.Dispose();
            }
            Line("");
        }

        var folder = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"latency-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        File.WriteAllText(file, output.ToString());
        Console.WriteLine($"written to {file}");
        return 0;
    }

    private static ISearchEngine Create(string name, string store) => name switch
    {
        "Lucene" => new LuceneEngine(store),
        "LuceneQuery" => new LuceneQueryEngine(store),
        "Service" => new ServiceEngine(store),
        "Fts5Service" => new Fts5ServiceEngine(store),
        _ => throw new ArgumentException($"unknown engine {name}"),
    };

    private sealed record Result(string Engine, int Total, int Runs, double Median, double P95, double P99, double Max, double AllocatedKb);

    private static List<Result> Measure(IReadOnlyList<ISearchEngine> engines, string query, int runs, TimeSpan budget)
    {
        var totals = new int[engines.Count];
        var samples = engines.Select(_ => new List<double>(runs)).ToArray();
        var allocated = new long[engines.Count];
        var spent = new TimeSpan[engines.Count];
        for (var e = 0; e < engines.Count; e++)
        {
            // Warm up: JIT, lexicon, page cache.
            for (var w = 0; w < 5; w++) totals[e] = engines[e].SearchAsync(query).GetAwaiter().GetResult().Total;
        }

        var tick = 1_000_000.0 / Stopwatch.Frequency; // µs per tick
        for (var round = 0; round < runs; round++)
        {
            var any = false;
            for (var k = 0; k < engines.Count; k++)
            {
                var e = (round + k) % engines.Count;
                if (samples[e].Count >= runs || spent[e] > budget) continue;
                any = true;
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                engines[e].SearchAsync(query).GetAwaiter().GetResult();
                var elapsed = Stopwatch.GetElapsedTime(start);
                allocated[e] += GC.GetAllocatedBytesForCurrentThread() - before;
                spent[e] += elapsed;
                samples[e].Add(elapsed.Ticks * (1_000_000.0 / TimeSpan.TicksPerSecond));
            }
            if (!any) break;
        }
        _ = tick;

        return engines.Select((engine, e) =>
        {
            var sorted = samples[e].Order().ToArray();
            return new Result(engine.Name, totals[e], sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1],
                allocated[e] / 1024.0 / sorted.Length);
        }).ToList();
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The shipped content (one review, five findings): what the site searches today.</summary>
    private static void RealContent(int runs, Action<string> line)
    {
        var content = FindContentFolder();
        if (content is null) return;
        var folder = Path.Combine(Corpora.CacheRoot, "real-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "evidence.db");
        using (var store = new Corpora.BenchStore(path))
        {
            store.MigrateAsync().GetAwaiter().GetResult();
            store.Importer.ImportAsync(content).GetAwaiter().GetResult();
            Corpora.Checkpoint(store.ConnectionString);
        }
        Fts5.Fts5Indexer.EnsureFor(path, LpipEvidence.Content.ContentReader.Read(content).Content!);
        line($"## Shipped content ({content}): store {Corpora.StoreBytes(path) / 1024.0:F0} KiB on disk");
        line("");
        line("| query | engine | hits | runs | median µs | p95 µs | p99 µs | max µs | alloc KB/op | median / Lucene |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        using (var lucene = new LuceneEngine(path))
        using (var service = new ServiceEngine(path))
        using (var before = new Fts5ServiceEngine(path))
        {
            foreach (var query in new[] { "clusters", "skills funding", "local innovation policy", "\"regular benchmarking\"", "what works in local innovation policy" })
            {
                foreach (var r in Measure([lucene, service, before], query, runs, TimeSpan.FromSeconds(20)))
                {
                    line($"| `{query}` | {r.Engine} | {r.Total:N0} | {r.Runs} | {r.Median:F0} | {r.P95:F0} | {r.P99:F0} | {r.Max:F0} | {r.AllocatedKb:F1} | |");
                }
            }
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        line("");
    }

    private static string? FindContentFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (Directory.Exists(Path.Combine(candidate, "reviews")) && File.Exists(Path.Combine(dir.FullName, "LpipEvidence.sln"))) return candidate;
            }
        }
        return null;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
