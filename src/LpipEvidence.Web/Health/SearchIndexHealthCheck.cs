using LpipEvidence.Catalog;
using LpipEvidence.Search;
using LpipEvidence.Web.Errors;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.Health;

/// <summary>
/// Readiness of the search index: healthy when it serves the store's current content; degraded while a newer index
/// is built or after a failed build, as long as a previous index still answers searches and search has caught up
/// with the store once since the start; unhealthy when no index can answer, when its folder has gone, or while search
/// still lags the store it started on (an instance that has just started is not sent traffic until then).
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndexManager index, EvidenceCatalog catalog, SearchCatchUp catchUp) : IHealthCheck
{
    public const string Name = "search-index";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = index.State;
        string? storeHash;
        try
        {
            storeHash = (await catalog.GetStoreVersionAsync(cancellationToken))?.Hash;
        }
        catch (Exception ex) when (StoreFailure.Is(ex))
        {
            // The store check says so; search is judged on its own.
            storeHash = null;
        }
        var folder = index.CurrentFolder;
        var result = Evaluate(state, storeHash, catchUp.HasCaughtUp, folder is null || Directory.Exists(folder));
        if (result.Status == HealthStatus.Healthy || (state.CanSearch && state.Serving!.ContentHash == storeHash)) catchUp.MarkCaughtUp();
        // Words serve as soon as the index is open; meaning may follow (searches use words meanwhile): said, not judged.
        var data = new Dictionary<string, object>(result.Data) { ["meaning"] = index.Meaning.Status.ToString().ToLowerInvariant() };
        return new HealthCheckResult(result.Status, result.Description, result.Exception, data);
    }

    /// <summary>The readiness of search from what it serves, what the store holds, and whether it has caught up since the start.</summary>
    public static HealthCheckResult Evaluate(SearchIndexState state, string? storeHash, bool caughtUpBefore, bool folderExists)
    {
        ArgumentNullException.ThrowIfNull(state);
        var data = new Dictionary<string, object>
        {
            ["status"] = state.Status.ToString().ToLowerInvariant(),
            ["contentHash"] = state.Serving?.ContentHash ?? "",
            ["importId"] = state.Serving?.ImportId ?? 0,
            ["since"] = state.Since.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        var serving = state.Serving is { } s ? $"content {s.ShortName}" : "no index";
        if (state.CanSearch && !folderExists)
        {
            return HealthCheckResult.Unhealthy($"The search index folder has gone ({serving}); restart the instance to open or rebuild it.", data: data);
        }
        var current = state.CanSearch && (storeHash is null || state.Serving!.ContentHash == storeHash);
        return (state.Status, state.CanSearch) switch
        {
            (SearchIndexStatus.Ready, _) when current => HealthCheckResult.Healthy($"Search index ready: {serving}.", data),
            (_, true) when !current && !caughtUpBefore => HealthCheckResult.Unhealthy($"Search is catching up with the store after the start: it serves {serving}.", data: data),
            (SearchIndexStatus.Ready, _) => HealthCheckResult.Degraded($"Search index ready: {serving}; the store has newer content.", data: data),
            (SearchIndexStatus.Indexing, true) => HealthCheckResult.Degraded($"Search index being rebuilt; searches use the previous index ({serving}).", data: data),
            (SearchIndexStatus.Failed, true) => HealthCheckResult.Degraded($"Search index build failed ({state.Error}); searches use the previous index ({serving}).", data: data),
            (SearchIndexStatus.Indexing, false) => HealthCheckResult.Unhealthy("Search index being built; searches cannot be answered yet.", data: data),
            _ => HealthCheckResult.Unhealthy($"Search index build failed ({state.Error}); searches cannot be answered.", data: data),
        };
    }
}

/// <summary>Whether search has served the store's content at least once since this instance started.</summary>
public sealed class SearchCatchUp
{
    private volatile bool _caughtUp;

    public bool HasCaughtUp => _caughtUp;

    public void MarkCaughtUp() => _caughtUp = true;
}
