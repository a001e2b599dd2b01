using LpipEvidence.Web.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// <c>/health/live</c> (the process answers), <c>/health/ready</c> (store, content and search index usable: 503
/// when not) and <c>/healthz</c>, an alias of readiness kept for existing probes. Content errors are on /status.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync };
        var ready = new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthServiceCollectionExtensions.Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        };
        app.MapHealthChecks("/health/live", live).DisableRateLimiting();
        app.MapHealthChecks("/health/ready", ready).DisableRateLimiting();
        app.MapHealthChecks("/healthz", ready).DisableRateLimiting();
        return app;
    }
}
