using LpipEvidence.Store;
using LpipEvidence.Web.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.Health;

/// <summary>
/// "store": the SQLite file opens, is a database, holds every migration and every table and column the app reads. The equivalent of EF Core's
/// <c>AddDbContextCheck</c>, through the pooled context factory the site uses (that check needs a scoped context in
/// DI); it also reads the schema, since opening a corrupt or replaced file succeeds and only reading fails.
/// </summary>
public sealed class StoreHealthCheck(IDbContextFactory<EvidenceDbContext> contextFactory) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            // Reading the migration history fails on a file that is not a database, and finds nothing when the file
            // is missing (EF Core checks the file exists before it opens it, so this never creates an empty one).
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0) return HealthCheckResult.Unhealthy($"The store is missing or not migrated: {pending.Count} migration(s) not applied.");
            // A table dropped by hand leaves the history whole; pages would fail on it.
            return await StoreSchema.MissingAsync(db, cancellationToken) is { } missing
                ? HealthCheckResult.Unhealthy($"The store cannot serve pages: {missing}.")
                : HealthCheckResult.Healthy("The store opens and its schema is up to date.");
        }
        catch (Exception ex) when (StoreFailure.Is(ex))
        {
            return HealthCheckResult.Unhealthy("The store cannot be read: " + (ex.GetBaseException().Message), ex);
        }
    }
}
