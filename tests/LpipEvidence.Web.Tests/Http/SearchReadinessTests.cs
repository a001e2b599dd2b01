using LpipEvidence.Search;
using LpipEvidence.Web.Health;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>The search index's readiness check, registered for the "ready" health checks.</summary>
public sealed class SearchReadinessTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    [Fact]
    public async Task ReadyChecks_IncludeTheSearchIndex_HealthyWithTheContentItServes()
    {
        _ = app.CreateClient(); // starts the app: migrate, import, index
        var checks = app.Services.GetRequiredService<HealthCheckService>();

        var report = await checks.CheckHealthAsync(c => c.Tags.Contains("ready"));

        var entry = report.Entries[SearchIndexHealthCheck.Name];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        var index = app.Services.GetRequiredService<SearchIndexManager>();
        Assert.Equal(index.State.Serving!.ContentHash, entry.Data["contentHash"]);
        Assert.Equal("ready", entry.Data["status"]);
        Assert.Equal(app.DatabasePath + ".search", index.Location);
        Assert.True(File.Exists(Path.Combine(index.Location, SearchIndexManager.PointerFile)));
    }
}
