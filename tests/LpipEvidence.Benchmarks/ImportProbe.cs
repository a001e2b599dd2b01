using System.Diagnostics;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Benchmarks.Fts5;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// Where an import's time goes, now and before Lucene, once each (for sizes too slow for BenchmarkDotNet's
/// repetitions): <c>import-profile &lt;findings&gt; [rounds]</c> runs, per round, the import step into a fresh store
/// (its own timings of the read, store and index stages) and the FTS5 importer into another, alternating, with
/// the store's and the index's size on disk.
/// </summary>
public static class ImportProbe
{
    public static int Run(string[] args)
    {
        var findings = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var corpus = Corpora.EnsureCorpus(findings);
        var limits = Corpora.LimitsFor(corpus);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var fts5 in new[] { false, true })
            {
                var folder = Path.Combine(Corpora.CacheRoot, "probe-" + Guid.NewGuid().ToString("N"));
                using (var store = new Corpora.BenchStore(Path.Combine(folder, "evidence.db"), limits: limits))
                {
                    store.MigrateAsync().GetAwaiter().GetResult();
                    var watch = Stopwatch.StartNew();
                    string stages;
                    if (fts5)
                    {
                        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(store.ConnectionString))
                        {
                            connection.Open();
                            Fts5Indexer.CreateTablesAsync(connection).GetAwaiter().GetResult();
                        }
                        using var importer = new Fts5ContentImporter(store.Factory, store.Status, TimeProvider.System, NullLogger<Fts5ContentImporter>.Instance, limits);
                        importer.ImportAsync(corpus).GetAwaiter().GetResult();
                        stages = "store and FTS5 index in one transaction";
                    }
                    else
                    {
                        var report = store.Importer.ImportAsync(corpus).GetAwaiter().GetResult();
                        stages = $"read {report.Read.TotalSeconds:F2} s, store {report.StoreTime.TotalSeconds:F2} s, index {report.IndexTime.TotalSeconds:F2} s";
                    }
                    var importTime = watch.Elapsed;
                    Corpora.Checkpoint(store.ConnectionString);
                    Console.WriteLine($"{findings} findings, round {round}: {(fts5 ? "ImportFts5" : "Import"),-10} {importTime.TotalSeconds,7:F2} s ({stages}); "
                        + $"store {Corpora.StoreBytes(store.DatabasePath) / 1024.0 / 1024.0:F1} MiB, search index {Corpora.FolderBytes(store.Index.Location) / 1024.0 / 1024.0:F1} MiB");
                }
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
        return 0;
    }
}
