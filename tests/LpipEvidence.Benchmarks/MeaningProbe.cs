using System.Diagnostics;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search.Meaning;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// <c>meaning [findings] [--sample N]</c>: the costs of search by meaning on this machine. The model's load time and
/// the memory it adds; the time to embed one query (distinct queries, so nothing is cached); the passages of a
/// generated corpus of that many findings and the time to embed a sample of them (and so all of them); and the
/// exact vector search alone over 10,000 and 100,000 findings with that many passages each (random normalised
/// vectors: the cost does not depend on their values).
/// </summary>
public static class MeaningProbe
{
    public static int Run(string[] args)
    {
        var findings = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        if (args.Contains("--words")) return FirstImportWords(findings, withModel: !args.Contains("--no-model"));
        var s = Array.IndexOf(args, "--sample");
        var sample = s >= 0 ? int.Parse(args[s + 1], System.Globalization.CultureInfo.InvariantCulture) : 1_000;

        // --arena on|off: a model of its own with ONNX Runtime's memory arena on or off (the site's has it off).
        var a = Array.IndexOf(args, "--arena");
        // --ort key=value: an ONNX Runtime session setting for that model.
        var settings = args.Select((arg, i) => (arg, i)).Where(x => x.arg == "--ort").Select(x => args[x.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
        var model = a >= 0 || settings.Count > 0 ? MiniLmEmbedder.Create(a >= 0 && args[a + 1] == "on", settings) : MiniLmEmbedder.Shared;
        GC.Collect();
        var before = Snapshot();
        var watch = Stopwatch.StartNew();
        model.Embed(["warm up"]);
        var load = watch.Elapsed;
        GC.Collect();
        var loaded = Snapshot();
        Console.WriteLine($"model {MiniLmEmbedder.Model}: first embedding (load) {load.TotalSeconds:F2} s; working set +{loaded.WorkingSet - before.WorkingSet:F0} MiB " +
            $"({before.WorkingSet:F0} -> {loaded.WorkingSet:F0}), managed heap +{loaded.Managed - before.Managed:F0} MiB");

        var queries = Enumerable.Range(0, 300).Select(i => $"how can councils and universities work together on skills {i}").ToList();
        var times = new List<double>();
        foreach (var query in queries)
        {
            watch.Restart();
            model.Embed([query]);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"query embedding ({queries.Count} distinct queries): median {Percentile(times, 50):F1} ms, p99 {Percentile(times, 99):F1} ms");
        GC.Collect();
        Console.WriteLine($"after {queries.Count} queries: working set {Snapshot().WorkingSet:F0} MiB");
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Console.WriteLine($"after an aggressive collection: working set {Snapshot().WorkingSet:F0} MiB, GC committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0:F0} MiB");
        var trimmed = NativeHeap.Trim();
        Console.WriteLine($"after malloc_trim ({(trimmed ? "released" : "nothing released")}): working set {Snapshot().WorkingSet:F0} MiB");
        if (args.Contains("--model-only")) return 0;

        if (args.Contains("--import")) return Import(findings);

        var folder = Path.Combine(Path.GetTempPath(), $"lpip-meaning-{Environment.ProcessId}");
        try
        {
            new CorpusGenerator(Corpora.Seed).Write(folder, findings);
            var content = Corpora.Read(folder);
            var themes = content.Themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
            var passages = content.Findings.Select(f => MeaningBuilder.PassagesOf(f.Title, f.Takeaway.PlainText, f.Body.PlainText,
                f.Themes.Select(t => themes.GetValueOrDefault(t, t)).ToList())).ToList();
            var all = passages.SelectMany(p => p).ToList();
            var perFinding = (double)all.Count / passages.Count;
            // The sample embedded twice, side by side: as passages come (one thread, batches in text order), and as a
            // bulk import embeds them (batches of texts of about the same length, on every core).
            var taken = passages.SelectMany(p => p).Take(sample).ToList();
            watch.Restart();
            model.Embed(taken);
            var plain = watch.Elapsed.TotalMilliseconds / taken.Count;
            var sampleDocs = new List<List<string>>();
            foreach (var p in passages)
            {
                if (sampleDocs.Sum(d => d.Count) + p.Count > sample) break;
                sampleDocs.Add(p);
            }
            var sampleCount = sampleDocs.Sum(d => d.Count);
            watch.Restart();
            MeaningBuilder.Build([.. sampleDocs], model, null, CancellationToken.None, Environment.ProcessorCount);
            var bulk = watch.Elapsed.TotalMilliseconds / sampleCount;
            Console.WriteLine($"{passages.Count} findings: {all.Count} passages ({perFinding:F1} per finding). Embedding a sample: in text order on one thread " +
                $"{plain:F2} ms each ({taken.Count} passages), so all of them about {plain * all.Count / 1000:F0} s; as a bulk import does " +
                $"(sorted by length, {Environment.ProcessorCount} threads) {bulk:F2} ms each ({sampleCount} passages), so all of them about {bulk * all.Count / 1000:F0} s " +
                $"({plain / bulk:F1}x faster)");

            foreach (var size in new[] { 10_000, 100_000 })
            {
                var each = (int)Math.Round(perFinding);
                var (floats, starts) = SyntheticVectors.MakeFloats(Enumerable.Repeat(each, size).ToList());
                var vectors = DocumentVectors.FromFloats(MiniLmEmbedder.Model, 384, starts, floats, new byte[starts[^1] * DocumentVectors.HashLength]);
                var query = model.Embed(["how can councils and universities work together"])[0];
                // Side by side in one run: every passage of every finding in full precision (the earlier way), and
                // the 8-bit centres first, then the passages of the closest findings (what search does).
                var exact = new List<double>();
                var search = new List<double>();
                for (var i = 0; i < 60; i++)
                {
                    watch.Restart();
                    ExactNearest(floats, starts, query, 10);
                    exact.Add(watch.Elapsed.TotalMilliseconds);
                    watch.Restart();
                    vectors.Nearest(vectors.Prepare(query), 0.27f, 10, _ => true, CancellationToken.None);
                    search.Add(watch.Elapsed.TotalMilliseconds);
                }
                exact = exact.Skip(10).ToList();
                search = search.Skip(10).ToList();
                Console.WriteLine($"vector search alone, {size} findings x {each} passages: full precision, every passage: median {Percentile(exact, 50):F2} ms, " +
                    $"p99 {Percentile(exact, 99):F2} ms ({floats.Length * 4 / 1024.0 / 1024.0:F0} MiB); 8-bit, centres then {DocumentVectors.Candidates} findings' passages: " +
                    $"median {Percentile(search, 50):F2} ms, p99 {Percentile(search, 99):F2} ms ({vectors.Bytes / 1024.0 / 1024.0:F0} MiB); " +
                    $"ratio of medians {Percentile(exact, 50) / Percentile(search, 50):F1}");
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        return 0;
    }

    /// <summary>
    /// <c>meaning N --words [--no-model]</c>: only the first import's word stage, in a fresh process as a site's first
    /// start runs it (the model not yet loaded; it loads when the background embedding starts, after the words):
    /// the import step's time per stage until words are searchable, then it stops (the embedding is cancelled).
    /// With <c>--no-model</c>, the same with search by meaning off, to compare side by side.
    /// </summary>
    private static int FirstImportWords(int findings, bool withModel)
    {
        var corpus = Corpora.EnsureCorpus(findings);
        var folder = Path.Combine(Corpora.CacheRoot, "words-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            var connection = $"Data Source={Path.Combine(folder, "evidence.db")}";
            Directory.CreateDirectory(folder);
            var factory = new Corpora.Factory(new DbContextOptionsBuilder<LpipEvidence.Store.EvidenceDbContext>().UseSqlite(connection).Options);
            LpipEvidence.Store.EvidenceStore.MigrateAsync(factory).GetAwaiter().GetResult();
            var status = new LpipEvidence.Store.ContentStatus();
            using var index = new LpipEvidence.Search.SearchIndexManager(factory, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<LpipEvidence.Search.SearchIndexManager>.Instance, withModel ? MiniLmEmbedder.Shared : null)
            {
                EmbeddingThreads = Environment.ProcessorCount,
            };
            var writer = new LpipEvidence.Import.StoreWriter(factory, status, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<LpipEvidence.Import.StoreWriter>.Instance, Corpora.LimitsFor(corpus));
            using var importer = new LpipEvidence.Import.EvidenceImporter(writer, index, Microsoft.Extensions.Logging.Abstractions.NullLogger<LpipEvidence.Import.EvidenceImporter>.Instance);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var report = importer.ImportAsync(corpus).GetAwaiter().GetResult();
            var words = watch.Elapsed;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"first import of {findings} findings, meaning {(withModel ? "on" : "off")}: words searchable after {words.TotalSeconds:F2} s " +
                $"(read {report.Read.TotalSeconds:F2} s, store {report.StoreTime.TotalSeconds:F2} s, index {report.IndexTime.TotalSeconds:F2} s; processor time {cpu.TotalSeconds:F2} s; {report.Index})");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// <c>meaning N --import</c>: a first import of N generated findings into a fresh store with meaning on, as the
    /// <c>import</c> command runs it (embedding on every core): when words are searchable and when the vectors are
    /// ready; then a re-import with one finding's text changed, timed until its vectors are ready too.
    /// </summary>
    private static int Import(int findings)
    {
        var corpus = Corpora.EnsureCorpus(findings);
        var folder = Path.Combine(Corpora.CacheRoot, "meaning-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = Path.Combine(folder, "content");
            foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(content, Path.GetRelativePath(corpus, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            var connection = $"Data Source={Path.Combine(folder, "evidence.db")}";
            var factory = new Corpora.Factory(new DbContextOptionsBuilder<LpipEvidence.Store.EvidenceDbContext>().UseSqlite(connection).Options);
            LpipEvidence.Store.EvidenceStore.MigrateAsync(factory).GetAwaiter().GetResult();
            var status = new LpipEvidence.Store.ContentStatus();
            using var index = new LpipEvidence.Search.SearchIndexManager(factory, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<LpipEvidence.Search.SearchIndexManager>.Instance, MiniLmEmbedder.Shared)
            {
                EmbeddingThreads = Environment.ProcessorCount,
            };
            var writer = new LpipEvidence.Import.StoreWriter(factory, status, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<LpipEvidence.Import.StoreWriter>.Instance);
            using var importer = new LpipEvidence.Import.EvidenceImporter(writer, index, Microsoft.Extensions.Logging.Abstractions.NullLogger<LpipEvidence.Import.EvidenceImporter>.Instance);
            MiniLmEmbedder.Shared.Embed(["warm up"]);

            var watch = Stopwatch.StartNew();
            importer.ImportAsync(content).GetAwaiter().GetResult();
            var words = watch.Elapsed;
            index.WhenIdleAsync().GetAwaiter().GetResult();
            var meaning = index.Meaning;
            Console.WriteLine($"first import of {findings} findings, embedding on {Environment.ProcessorCount} threads: words searchable after {words.TotalSeconds:F1} s; " +
                $"vectors ready after {watch.Elapsed.TotalSeconds:F1} s ({meaning.Status}, {meaning.Embedded} passages embedded)");

            var changed = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).First(f => f.Contains($"{Path.DirectorySeparatorChar}findings{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            File.AppendAllText(changed, "\nThis sentence was added to time a re-import.\n");
            watch.Restart();
            importer.ImportAsync(content).GetAwaiter().GetResult();
            words = watch.Elapsed;
            index.WhenIdleAsync().GetAwaiter().GetResult();
            Console.WriteLine($"re-import with one finding changed: words searchable after {words.TotalSeconds:F1} s; vectors ready after {watch.Elapsed.TotalSeconds:F1} s " +
                $"({index.Meaning.Status}, {index.Meaning.Embedded} passage(s) embedded)");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The baseline: every passage of every document compared in full precision.</summary>
    private static List<(int Doc, float Similarity)> ExactNearest(float[] data, int[] starts, float[] query, int max)
    {
        var best = new PriorityQueue<int, float>(max + 1);
        for (var doc = 0; doc < starts.Length - 1; doc++)
        {
            var closest = float.NegativeInfinity;
            for (var row = starts[doc]; row < starts[doc + 1]; row++) closest = Math.Max(closest, System.Numerics.Tensors.TensorPrimitives.Dot(query, data.AsSpan(row * 384, 384)));
            if (best.Count < max) best.Enqueue(doc, closest);
            else if (best.TryPeek(out _, out var worst) && closest > worst) best.DequeueEnqueue(doc, closest);
        }
        var result = new List<(int, float)>();
        while (best.TryDequeue(out var d, out var s)) result.Add((d, s));
        return result;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }

    private static (double WorkingSet, double Managed) Snapshot()
    {
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64 / 1024.0 / 1024.0, GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0);
    }
}
