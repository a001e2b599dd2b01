using LpipEvidence.Briefings;
using LpipEvidence.SavedBriefings;
using LpipEvidence.Store;
using LpipEvidence.Web.Health;
using LpipEvidence.Web.SavedBriefings;
using LpipEvidence.Web.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.SavedBriefings;

/// <summary>Registers the briefings store (saved briefings at <c>/b/{id}</c>), its daily clean-up and its health check.</summary>
public static partial class SavedBriefingsServiceCollectionExtensions
{
    public const string ConnectionStringName = "Briefings";

    /// <summary>The file name of the default SQLite briefings store, beside the evidence store.</summary>
    public const string DefaultFileName = "briefings.db";

    public static IHostApplicationBuilder AddSavedBriefings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BriefingsOptions>()
            .BindConfiguration(BriefingsOptions.Section)
            .Validate(o => Enum.IsDefined(o.Provider), "Briefings:Provider must be Sqlite or Postgres.")
            .Validate<IConfiguration>((o, configuration) => o.Provider != BriefingsProvider.Postgres || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName)),
                "Briefings:Provider is Postgres: set ConnectionStrings:Briefings (environment variable ConnectionStrings__Briefings) to the PostgreSQL server's connection string.")
            .Validate(o => o.KeepFor > TimeSpan.Zero, "Briefings:KeepFor must be longer than zero (default 730.00:00:00, two years).")
            .Validate(o => o.MaxBriefings > 0, "Briefings:MaxBriefings must be 1 or more.")
            .Validate(o => o.CleanupEvery > TimeSpan.Zero, "Briefings:CleanupEvery must be longer than zero (default 1.00:00:00, a day).")
            .ValidateOnStart();

        // Both providers are registered; only the configured one is ever resolved, when the service is first used.
        builder.Services.AddPooledDbContextFactory<SqliteBriefingsDbContext>((services, options) =>
            BriefingsDbContextFactory.Configure(options, BriefingsProvider.Sqlite, ConnectionString(services)!));
        builder.Services.AddPooledDbContextFactory<PostgresBriefingsDbContext>((services, options) =>
            BriefingsDbContextFactory.Configure(options, BriefingsProvider.Postgres, ConnectionString(services)!));
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<BriefingsOptions>>().Value;
            var composer = services.GetRequiredService<BriefingComposer>();
            if (ConnectionString(services) is null) return new SavedBriefingService(null, composer);
            IDbContextFactory<BriefingsDbContext> factory = options.Provider == BriefingsProvider.Postgres
                ? new BriefingsDbContextFactory(services.GetRequiredService<IDbContextFactory<PostgresBriefingsDbContext>>().CreateDbContext)
                : new BriefingsDbContextFactory(services.GetRequiredService<IDbContextFactory<SqliteBriefingsDbContext>>().CreateDbContext);
            var store = new SavedBriefingStore(factory, new SavedBriefingLimits(options.KeepFor, options.MaxBriefings),
                services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<SavedBriefingStore>>());
            return new SavedBriefingService(store, composer);
        });
        builder.Services.AddHostedService<SavedBriefingCleanup>();
        builder.Services.AddHealthChecks().AddCheck<BriefingsHealthCheck>(BriefingsHealthCheck.Name,
            tags: [HealthServiceCollectionExtensions.Ready], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    /// <summary>
    /// ConnectionStrings:Briefings; when unset, a SQLite file beside the evidence store (or in the local app-data folder),
    /// except on an instance serving a read-only artifact, which then keeps no saved briefings (null).
    /// </summary>
    public static string? ConnectionString(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (services.GetRequiredService<IOptions<StoreOptions>>().Value.IsArtifact) return null;
        var evidence = EvidenceStore.DatabaseFile(EvidenceStoreServiceCollectionExtensions.ConnectionString(configuration))
            ?? EvidenceStore.DatabaseFile(EvidenceStoreServiceCollectionExtensions.DefaultConnectionString())!;
        return $"Data Source={Path.Combine(Path.GetDirectoryName(evidence)!, DefaultFileName)}";
    }

    /// <summary>
    /// Migrates the briefings store before the first request, like the evidence store. A store that cannot be reached
    /// does not stop the site: it is logged, saving answers 503, and the store is tried again when next used.
    /// </summary>
    public static async Task OpenBriefingsStoreAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        if (app.Services.GetRequiredService<SavedBriefingService>().Store is not { } store) return;
        try
        {
            await store.EnsureReadyAsync(cancellationToken);
        }
        catch (BriefingStoreUnavailableException ex)
        {
            LogUnavailableAtStart(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SavedBriefingsServiceCollectionExtensions)), ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The briefings store could not be opened at start; saving and opening saved briefings answer 503 until it can, every other page works: {Reason}")]
    private static partial void LogUnavailableAtStart(ILogger logger, string reason);
}
