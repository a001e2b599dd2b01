using LpipEvidence.Store;
using LpipEvidence.Web.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.Health;

/// <summary>
/// "search-index": the full-text index holds one row per finding, review and theme in the store. The importer
/// rebuilds both in one transaction, so a difference means the file was changed behind the site's back.
/// </summary>
public sealed class SearchIndexHealthCheck(IDbContextFactory<EvidenceDbContext> contextFactory) : IHealthCheck
{
    public const string Name = "search-index";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            // One statement reads one snapshot, so an import committing in between cannot make the counts disagree.
            var counts = await db.Database.SqlQueryRaw<Counts>("""
                SELECT (SELECT count(*) FROM SearchIndex) AS Indexed,
                       (SELECT count(*) FROM Findings) + (SELECT count(*) FROM Reviews) + (SELECT count(*) FROM Themes) AS Stored
                """).SingleAsync(cancellationToken);
            var (indexed, stored) = (counts.Indexed, counts.Stored);
            return indexed == stored
                ? HealthCheckResult.Healthy($"The search index holds all {stored} findings, reviews and themes.")
                : HealthCheckResult.Unhealthy($"The search index holds {indexed} rows but the store {stored} findings, reviews and themes; re-import to rebuild it.");
        }
        catch (Exception ex) when (StoreFailure.Is(ex))
        {
            return HealthCheckResult.Unhealthy("The search index cannot be read.", ex);
        }
    }

    private sealed class Counts
    {
        public int Indexed { get; set; }

        public int Stored { get; set; }
    }
}
