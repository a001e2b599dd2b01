using LpipEvidence.Store;
using Microsoft.AspNetCore.OutputCaching;

namespace LpipEvidence.Web.Caching;

/// <summary>
/// Drops every cached content page when an import changes the store. Cache keys also carry the content generation
/// (see <see cref="ContentCacheServiceCollectionExtensions"/>), so a page rendered from old content can never be
/// served after a change even while this runs; the eviction frees the memory at once.
/// </summary>
public sealed partial class ContentCacheEviction(ContentStatus status, IOutputCacheStore store, ILogger<ContentCacheEviction> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        status.Changed += OnContentChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        status.Changed -= OnContentChanged;
        return Task.CompletedTask;
    }

    private async void OnContentChanged()
    {
        try
        {
            await store.EvictByTagAsync(ContentPageCache.Tag, CancellationToken.None);
            LogEvicted(status.Generation);
        }
        catch (Exception ex)
        {
            // Nothing stale can be served (keys carry the generation); the old pages just age out instead.
            LogEvictionFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed (generation {Generation}); cached pages dropped")]
    private partial void LogEvicted(long generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping cached pages after a content change failed; they expire on their own")]
    private partial void LogEvictionFailed(Exception exception);
}
