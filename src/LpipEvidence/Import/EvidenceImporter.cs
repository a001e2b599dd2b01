using System.Diagnostics;
using LpipEvidence.Content;
using LpipEvidence.Search;
using LpipEvidence.Store;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Import;

/// <summary>
/// The one import step: content folder → store → search index. Reads and validates the folder, lets the store
/// import it (<see cref="StoreWriter"/>: all or nothing, skipped when unchanged), then brings the search index
/// up to date (<see cref="SearchIndexManager"/>): built and swapped in before returning when the content changed,
/// or, when only the index is stale, rebuilt in the background while the previous one serves. Nothing below this
/// step calls back up: the store knows nothing of search. Logs one structured line per import, with its counts,
/// the time of each stage and its outcome (imported, unchanged, invalid or failed).
/// </summary>
public sealed partial class EvidenceImporter : IDisposable
{
    private readonly StoreWriter _store;
    private readonly SearchIndexManager _index;
    private readonly ILogger<EvidenceImporter> _logger;
    private readonly ContentStatus? _status;

    /// <summary>The import step over <paramref name="store"/> and <paramref name="index"/> (see <see cref="ImportServiceCollectionExtensions.AddImport"/>).</summary>
    internal EvidenceImporter(StoreWriter store, SearchIndexManager index, ILogger<EvidenceImporter> logger, ContentStatus? status = null)
    {
        _store = store;
        _index = index;
        _logger = logger;
        _status = status;
    }

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Imports the content folder at <paramref name="root"/>.</summary>
    /// <exception cref="Exception">When writing the store or building the index fails (logged as "failed"); invalid content is not an exception.</exception>
    public async Task<ImportReport> ImportAsync(string root, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        var stage = ImportStage.Read;
        var files = 0;
        var timings = (Read: TimeSpan.Zero, Store: TimeSpan.Zero, Index: TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        try
        {
            var read = _store.Read(root);
            files = read.FileCount;
            timings.Read = watch.Elapsed;

            stage = ImportStage.Store;
            watch.Restart();
            var result = await _store.ImportAsync(root, read, cancellationToken);
            timings.Store = watch.Elapsed;

            stage = ImportStage.Index;
            watch.Restart();
            var outcome = result.Outcome == ImportOutcome.Imported
                ? await _index.RefreshAsync(cancellationToken)
                : await _index.RefreshWhileServingAsync(cancellationToken);
            timings.Index = watch.Elapsed;
            // The store announced its change at its commit; pages rendered since may show what the old index said
            // (related findings). Announce it again now the new index serves, so caches of rendered pages drop them.
            if (result.Outcome == ImportOutcome.Imported) _status?.ContentChanged();

            var report = new ImportReport(result, outcome, files, timings.Read, timings.Store, timings.Index);
            var hash = StoreGeneration.ShortHash(result.Hash);
            LogImport(result.Outcome == ImportOutcome.Invalid ? LogLevel.Warning : LogLevel.Information, report.Outcome, files,
                result.ReviewCount, result.FindingCount, result.ThemeCount, result.Errors.Count,
                timings.Read.TotalMilliseconds, timings.Store.TotalMilliseconds, timings.Index.TotalMilliseconds, outcome, hash);
            return report;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            timings = stage switch
            {
                ImportStage.Read => timings with { Read = watch.Elapsed },
                ImportStage.Store => timings with { Store = watch.Elapsed },
                _ => timings with { Index = watch.Elapsed },
            };
            var failedIn = stage.Name();
            LogFailed(ex, failedIn, files, timings.Read.TotalMilliseconds, timings.Store.TotalMilliseconds, timings.Index.TotalMilliseconds);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Releases the lock that keeps imports one at a time.</summary>
    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Message = "Import {Outcome}: {Files} files read; {Reviews} reviews, {Findings} findings, {Themes} themes, {Errors} errors; "
        + "read {ReadMs:F0} ms, store {StoreMs:F0} ms, index {IndexMs:F0} ms ({IndexOutcome}); content {Hash}")]
    private partial void LogImport(LogLevel level, string outcome, int files, int reviews, int findings, int themes, int errors,
        double readMs, double storeMs, double indexMs, SearchIndexOutcome indexOutcome, string hash);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import failed in the {Stage} stage: {Files} files read; read {ReadMs:F0} ms, store {StoreMs:F0} ms, index {IndexMs:F0} ms; "
        + "the site keeps serving the previous content and index")]
    private partial void LogFailed(Exception exception, string stage, int files, double readMs, double storeMs, double indexMs);
}
