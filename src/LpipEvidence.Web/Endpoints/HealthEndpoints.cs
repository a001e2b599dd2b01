namespace LpipEvidence.Web.Endpoints;

/// <summary>A liveness endpoint for load balancers and the browser tests. Content problems are on /status.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        return app;
    }
}
