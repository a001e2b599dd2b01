using LpipEvidence.Catalog;
using LpipEvidence.Search;
using LpipEvidence.Web.Errors;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.Health;

/// <summary>"content": a good import exists, so the site has content to serve.</summary>
public sealed class ContentHealthCheck(EvidenceCatalog catalog) : IHealthCheck
{
    public const string Name = "content";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await catalog.GetStoreVersionAsync(cancellationToken) is { } version
                ? HealthCheckResult.Healthy($"Serving content {StoreGeneration.ShortHash(version.Hash)} imported {version.ImportedAtUtc:yyyy-MM-dd HH:mm} UTC.")
                : HealthCheckResult.Unhealthy("No content has been imported yet: see /status for the errors to fix.");
        }
        catch (Exception ex) when (StoreFailure.Is(ex))
        {
            return HealthCheckResult.Unhealthy("The store cannot be read, so the imported content is unknown.", ex);
        }
    }
}
