using System.Diagnostics;
using System.Globalization;
using System.Text;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Benchmarks.Engines;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Search.Querying;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// Per-request latency: each query run many times by each engine, one request at a time, the engines taking turns
/// (so a noisy moment on the shared machine hits all of them), then median, P95, P99 and max of the single requests.
/// </summary>
public static class LatencyRunner
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Every engine the tool knows, in the order of the usage line.</summary>
    public static readonly string[] EngineNames = ["Lucene", "LuceneQuery", "Service", "Fts5Service", "Hybrid", "HybridCold", "Embedding", "VectorScan"];

    private static readonly string[] DefaultEngines = ["Lucene", "LuceneQuery", "Service", "Fts5Service"];

    /// <summary>A question in plain words, as a council officer would type it: searched by meaning as well as words.</summary>
    public const string Question = "how can councils and universities work together on skills";

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes")?.Split(',').Select(s => int.Parse(s, Invariant)).ToArray() ?? Corpora.Sizes;
        var runs = int.Parse(Option(args, "--runs") ?? "1000", Invariant);
        var budget = TimeSpan.FromSeconds(double.Parse(Option(args, "--seconds") ?? "10", Invariant));
        var engines = Option(args, "--engines")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? DefaultEngines;
        if (engines.FirstOrDefault(e => !EngineNames.Contains(e, StringComparer.Ordinal)) is { } unknown)
        {
            Console.Error.WriteLine($"unknown engine '{unknown}': --engines takes a comma-separated list of {string.Join(", ", EngineNames)}");
            return 2;
        }
        var output = new StringBuilder();
        void Line(string text)
        {
            Console.WriteLine(text);
            output.AppendLine(text);
        }

        Line($"# Latency: {runs} requests per query and engine (at most {budget.TotalSeconds:F0} s each), {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Line($"Engines: {string.Join(", ", engines)}; cache {Corpora.CacheRoot}");
        Line("");
        if (!args.Contains("--no-real")) RealContent(engines.Where(e => e != "VectorScan").ToArray(), runs, Line);

        foreach (var size in sizes)
        {
            // Build only what the engines measure: the FTS5 tables for the FTS5 engine, the meaning vectors for hybrid.
            var store = engines.Contains("Fts5Service") ? Corpora.EnsureFts5Store(size) : Corpora.EnsureStore(size);
            if (engines.Any(UsesMeaning)) Corpora.EnsureMeaningStore(size);
            Line($"## {size:N0} findings: store {Corpora.StoreBytes(store) / 1024.0 / 1024.0:F1} MiB on disk{(engines.Contains("Fts5Service") ? " with the FTS5 tables" : "")}, "
                + $"Lucene index folder {Corpora.FolderBytes(LuceneEngine.IndexFolder(store)) / 1024.0 / 1024.0:F1} MiB{(engines.Any(UsesMeaning) ? " with its meaning vectors" : "")}");
            Line("");
            var all = CreateAll(engines, store);
            try
            {
                if (all.OfType<VectorScanEngine>().FirstOrDefault() is { } scan)
                {
                    Line($"VectorScan: the vector part alone, over {scan.Description} (not embedded: the scan's cost does not depend on the values).");
                    Line("");
                }
                Table(all, Line);
                var measured = new List<(string Label, List<Result> Results)>();
                foreach (var (label, query) in QueriesMeasured())
                {
                    var results = Measure(all, query, runs, budget);
                    measured.Add((label, results));
                    Rows($"{label} `{query}`", results, Line);
                }
                Line("");
                HybridCheck(measured, Line);
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

    private static bool UsesMeaning(string engine) => engine is "Hybrid" or "HybridCold";

    /// <summary>The generated queries of every kind, then a question in plain words.</summary>
    private static IEnumerable<(string Label, string Query)> QueriesMeasured() =>
        Enum.GetValues<QueryKind>().Select(k => (k.ToString(), Queries.For(k))).Append(("Question", Question));

    private static List<ISearchEngine> CreateAll(IEnumerable<string> names, string store)
    {
        var all = new List<ISearchEngine>();
        try
        {
            foreach (var name in names) all.Add(Create(name, store));
            return all;
        }
        catch
        {
            foreach (var engine in all) engine.Dispose();
            throw;
        }
    }

    private static ISearchEngine Create(string name, string store) => name switch
    {
        "Lucene" => new LuceneEngine(store),
        "LuceneQuery" => new LuceneQueryEngine(store),
        "Service" => new ServiceEngine(store),
        "Fts5Service" => new Fts5ServiceEngine(store),
        "Hybrid" => new HybridEngine(store, cold: false),
        "HybridCold" => new HybridEngine(store, cold: true),
        "Embedding" => new QueryEmbeddingEngine(),
        "VectorScan" => new VectorScanEngine(store),
        _ => throw new ArgumentException($"unknown engine {name}", nameof(name)),
    };

    private static void Table(IReadOnlyList<ISearchEngine> engines, Action<string> line)
    {
        line($"| query | engine | hits | runs | median µs | p95 µs | p99 µs | max µs | alloc KB/op | median / {engines[0].Name} |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    }

    private static void Rows(string query, List<Result> results, Action<string> line)
    {
        var first = results[0];
        foreach (var r in results)
        {
            line($"| {query} | {r.Engine} | {r.Total:N0} | {r.Runs} | {r.Median:F0} | {r.P95:F0} | {r.P99:F0} | {r.Max:F0} | {r.AllocatedKb:F1} | {(r.Median / first.Median).ToString("F2", Invariant)} |");
        }
    }

    /// <summary>
    /// With the word-only service, one query embedding and a hybrid service in the run: per query, whether the
    /// hybrid median is within the words median plus one query embedding (all three measured in this run, taking
    /// turns), and the hybrid p99s.
    /// </summary>
    private static void HybridCheck(List<(string Label, List<Result> Results)> measured, Action<string> line)
    {
        Result? Find(List<Result> results, string engine) => results.FirstOrDefault(r => r.Engine == engine);
        if (measured.Count == 0 || Find(measured[0].Results, "Service") is null || Find(measured[0].Results, "Embedding") is null) return;
        if (Find(measured[0].Results, "HybridCold") is null && Find(measured[0].Results, "Hybrid") is null) return;
        line("Hybrid against words, medians and p99 in ms from the table above: a new query (HybridCold) embeds it, a repeated one (Hybrid) finds its vector cached.");
        line("");
        line("| query | words median | + one query embedding | = budget | HybridCold median | within budget | HybridCold p99 | Hybrid median | Hybrid p99 |");
        line("|---|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (var (label, results) in measured)
        {
            var words = Find(results, "Service")!;
            var embedding = Find(results, "Embedding")!;
            var cold = Find(results, "HybridCold");
            var warm = Find(results, "Hybrid");
            var limit = words.Median + embedding.Median;
            string Ms(double? microseconds) => microseconds is { } us ? (us / 1000).ToString("F2", Invariant) : "";
            var within = cold is null ? "" : cold.Median <= limit ? "yes" : "NO";
            line($"| {label} | {Ms(words.Median)} | {Ms(embedding.Median)} | {Ms(limit)} | {Ms(cold?.Median)} | {within} | {Ms(cold?.P99)} | {Ms(warm?.Median)} | {Ms(warm?.P99)} |");
        }
    }

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

    /// <summary>The shipped content (one review, five findings): what the site searches today, by the engines asked for.</summary>
    private static void RealContent(string[] engines, int runs, Action<string> line)
    {
        var content = FindContentFolder();
        if (content is null || engines.Length == 0) return;
        var folder = Path.Combine(Corpora.CacheRoot, "real-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "evidence.db");
        try
        {
            // With a hybrid engine the import embeds the few passages at once, as the site does for small content.
            using (var store = new Corpora.BenchStore(path, embedder: engines.Any(UsesMeaning) ? MiniLmEmbedder.Shared : null))
            {
                store.MigrateAsync().GetAwaiter().GetResult();
                store.Importer.ImportAsync(content).GetAwaiter().GetResult();
                store.Index.WhenIdleAsync().GetAwaiter().GetResult();
                Corpora.Checkpoint(store.ConnectionString);
            }
            if (engines.Contains("Fts5Service")) Fts5.Fts5Indexer.EnsureFor(path, LpipEvidence.Content.ContentReader.Read(content).Content!);
            line($"## Shipped content ({content}): store {Corpora.StoreBytes(path) / 1024.0:F0} KiB on disk");
            line("");
            var all = CreateAll(engines, path);
            try
            {
                Table(all, line);
                foreach (var query in new[] { "clusters", "skills funding", "local innovation policy", "\"regular benchmarking\"", "what works in local innovation policy", Question })
                {
                    Rows($"`{query}`", Measure(all, query, runs, TimeSpan.FromSeconds(20)), line);
                }
            }
            finally
            {
                foreach (var engine in all) engine.Dispose();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
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
