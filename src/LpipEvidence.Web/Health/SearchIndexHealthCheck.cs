using LpipEvidence.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.Health;

/// <summary>
/// Readiness of the search index: healthy when it serves the store's current content, degraded while a newer index
/// is built or after a failed build as long as a previous index still answers searches, unhealthy when no index
/// can answer at all.
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndexManager index) : IHealthCheck
{
    public const string Name = "search-index";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = index.State;
        var data = new Dictionary<string, object>
        {
            ["status"] = state.Status.ToString().ToLowerInvariant(),
            ["contentHash"] = state.Serving?.ContentHash ?? "",
            ["importId"] = state.Serving?.ImportId ?? 0,
            ["since"] = state.Since.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            // Words serve as soon as the index is open; meaning may follow (searches use words meanwhile).
            ["meaning"] = index.Meaning.Status.ToString().ToLowerInvariant(),
        };
        var serving = state.Serving is { } s ? $"content {s.ShortName}" : "no index";
        HealthCheckResult result = (state.Status, state.CanSearch) switch
        {
            (SearchIndexStatus.Ready, _) => HealthCheckResult.Healthy($"Search index ready: {serving}.", data),
            (SearchIndexStatus.Indexing, true) => HealthCheckResult.Degraded($"Search index being rebuilt; searches use the previous index ({serving}).", data: data),
            (SearchIndexStatus.Failed, true) => HealthCheckResult.Degraded($"Search index build failed ({state.Error}); searches use the previous index ({serving}).", data: data),
            (SearchIndexStatus.Indexing, false) => HealthCheckResult.Unhealthy("Search index being built; searches cannot be answered yet.", data: data),
            _ => HealthCheckResult.Unhealthy($"Search index build failed ({state.Error}); searches cannot be answered.", data: data),
        };
        return Task.FromResult(result);
    }
}
