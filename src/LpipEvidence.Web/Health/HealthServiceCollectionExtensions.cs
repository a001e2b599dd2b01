namespace LpipEvidence.Web.Health;

/// <summary>
/// Health checks. Every check tagged <see cref="Ready"/> runs on <c>/health/ready</c> (and its alias
/// <c>/healthz</c>); <c>/health/live</c> runs none and only says the process answers.
/// </summary>
public static class HealthServiceCollectionExtensions
{
    /// <summary>The tag of checks that must pass before the site is sent traffic.</summary>
    public const string Ready = "ready";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchCatchUp>();
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, tags: [Ready], timeout: CheckTimeout)
            .AddCheck<ContentHealthCheck>(ContentHealthCheck.Name, tags: [Ready], timeout: CheckTimeout)
            .AddCheck<SearchIndexHealthCheck>(SearchIndexHealthCheck.Name, tags: [Ready], timeout: CheckTimeout);
        return builder;
    }
}
