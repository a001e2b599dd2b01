using System.Diagnostics;
using LpipEvidence.Benchmarks.Baseline;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Content;
using LpipEvidence.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// Where an import's time goes, and the importer before and after, once each (for sizes too slow for
/// BenchmarkDotNet's repetitions): <c>import-profile &lt;findings&gt; [rounds]</c> times reading and validating the
/// corpus, the search index rebuild on its own, and a whole import into a fresh store by each importer, alternating,
/// with the store's size on disk after a checkpoint.
/// </summary>
public static class ImportProbe
{
    public static int Run(string[] args)
    {
        var findings = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var corpus = Corpora.EnsureCorpus(findings);
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var read = ContentReader.Read(corpus);
            Console.WriteLine($"{findings} findings, round {round}: read+validate {watch.Elapsed.TotalSeconds:F2} s");
            foreach (var before in new[] { false, true })
            {
                var folder = Path.Combine(Corpora.CacheRoot, "probe-" + Guid.NewGuid().ToString("N"));
                using (var store = new Corpora.BenchStore(Path.Combine(folder, "evidence.db")))
                {
                    store.MigrateAsync().GetAwaiter().GetResult();
                    watch.Restart();
                    if (before)
                    {
                        using var importer = new BaselineContentImporter(store.Factory, store.Status, TimeProvider.System, NullLogger<BaselineContentImporter>.Instance);
                        importer.ImportAsync(corpus).GetAwaiter().GetResult();
                    }
                    else
                    {
                        store.Importer.ImportAsync(corpus).GetAwaiter().GetResult();
                    }
                    var importTime = watch.Elapsed;
                    Corpora.Checkpoint(store.ConnectionString);
                    var bytes = Corpora.StoreBytes(store.DatabasePath);

                    using var db = store.Factory.CreateDbContext();
                    using var transaction = db.Database.BeginTransaction();
                    watch.Restart();
                    SearchIndexer.RebuildAsync(db, read.Content!).GetAwaiter().GetResult();
                    var indexTime = watch.Elapsed;
                    transaction.Rollback();
                    Console.WriteLine($"  {(before ? "ImportBefore" : "Import"),-12} {importTime.TotalSeconds,7:F2} s (search index rebuild alone {indexTime.TotalSeconds:F2} s), store {bytes / 1024.0 / 1024.0:F1} MiB after checkpoint");
                }
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
        return 0;
    }
}
