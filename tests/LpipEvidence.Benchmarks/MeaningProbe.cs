using System.Diagnostics;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search.Meaning;

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
        var s = Array.IndexOf(args, "--sample");
        var sample = s >= 0 ? int.Parse(args[s + 1], System.Globalization.CultureInfo.InvariantCulture) : 1_000;

        GC.Collect();
        var before = Snapshot();
        var watch = Stopwatch.StartNew();
        MiniLmEmbedder.Shared.Embed(["warm up"]);
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
            MiniLmEmbedder.Shared.Embed([query]);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"query embedding ({queries.Count} distinct queries): median {Percentile(times, 50):F1} ms, p99 {Percentile(times, 99):F1} ms");

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
            var taken = all.Take(sample).ToList();
            watch.Restart();
            MiniLmEmbedder.Shared.Embed(taken);
            var each = watch.Elapsed.TotalMilliseconds / taken.Count;
            Console.WriteLine($"{passages.Count} findings: {all.Count} passages ({perFinding:F1} per finding); embedding {taken.Count} of them took " +
                $"{watch.Elapsed.TotalSeconds:F1} s ({each:F2} ms each), so all of them about {each * all.Count / 1000:F0} s");

            foreach (var size in new[] { 10_000, 100_000 })
            {
                var vectors = SyntheticVectors.Make(Enumerable.Repeat((int)Math.Round(perFinding), size).ToList());
                var query = MiniLmEmbedder.Shared.Embed(["how can councils and universities work together"])[0];
                var search = new List<double>();
                for (var i = 0; i < 60; i++)
                {
                    watch.Restart();
                    SyntheticVectors.Search(vectors, query);
                    search.Add(watch.Elapsed.TotalMilliseconds);
                }
                Console.WriteLine($"vector search alone, {size} findings x {(int)Math.Round(perFinding)} passages: median {Percentile(search.Skip(10).ToList(), 50):F1} ms, " +
                    $"p99 {Percentile(search.Skip(10).ToList(), 99):F1} ms; vectors {SyntheticVectors.Megabytes(vectors):F0} MiB");
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        return 0;
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
