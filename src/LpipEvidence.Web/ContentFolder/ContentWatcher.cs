using LpipEvidence.Import;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.ContentFolder;

/// <summary>
/// Re-imports the content when a file under the content folder changes, after a short quiet period so that
/// an editor's save (or a git checkout) is imported once. Invalid edits are reported on /status and the last
/// good content keeps being served. Off when the site serves a store artifact, which never changes (AddEvidenceStore turns Watch off then).
/// </summary>
public sealed partial class ContentWatcher(IOptions<ContentOptions> options, EvidenceImporter importer, ILogger<ContentWatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(400);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var root = options.Value.Path;
        if (!options.Value.Watch || root is null || !Directory.Exists(root)) return;

        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        LogWatching(root);

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await changed.WaitAsync(stoppingToken);
                // Let a burst of events settle, then drain them and import once.
                while (await changed.WaitAsync(QuietPeriod, stoppingToken)) { }
                try
                {
                    await importer.ImportAsync(root, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Whatever went wrong, the site keeps serving what the store holds; the next change tries again.
                    LogImportFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            changed.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Root} for content changes")]
    private partial void LogWatching(string root);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-import after a content change failed; the previous content is still served")]
    private partial void LogImportFailed(Exception exception);
}
