using LpipEvidence.SavedBriefings;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.SavedBriefings;

/// <summary>
/// "briefings": whether the briefings store can be used. A store that is down is <em>degraded</em>, not unhealthy:
/// readiness still answers 200, because every page but saving and opening saved briefings works, and the instances
/// sharing one PostgreSQL server would otherwise all leave the load balancer together. The JSON says what is wrong.
/// </summary>
public sealed class BriefingsHealthCheck(SavedBriefingService briefings) : IHealthCheck
{
    public const string Name = "briefings";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (briefings.Store is not { } store) return HealthCheckResult.Healthy("No briefings store is configured: Save and share is hidden.");
        try
        {
            var count = await store.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The briefings store answers and holds {count} of at most {store.Limits.MaxBriefings} briefings.");
        }
        catch (BriefingStoreUnavailableException ex)
        {
            // The reason (a host name, a path) goes to the log with the exception, not into the public body.
            return HealthCheckResult.Degraded("The briefings store cannot be reached: saving and opening saved briefings answer 503 until it can; every other page works.", ex);
        }
    }
}
