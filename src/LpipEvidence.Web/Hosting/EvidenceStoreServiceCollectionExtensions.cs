using LpipEvidence.Catalog;
using LpipEvidence.History;
using LpipEvidence.Import;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Hosting;

/// <summary>Registers the content options, the SQLite store, the importer, the catalogs and the git history of content.</summary>
public static class EvidenceStoreServiceCollectionExtensions
{
    public const string ConnectionStringName = "Evidence";

    /// <summary>Adds everything that reads content into the store and reads the store back.</summary>
    public static IHostApplicationBuilder AddEvidenceStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .PostConfigure<IHostEnvironment>((options, env) =>
                options.Path = ContentLocator.Resolve(options.Path, env.ContentRootPath, AppContext.BaseDirectory))
            .Validate(o => o.Path is not null,
                "No content folder found. Set Content:Path (environment variable Content__Path) to the folder that holds reviews/ and themes/.")
            .Validate(o => o.Path is null || Directory.Exists(o.Path),
                "The content folder set in Content:Path (environment variable Content__Path) does not exist.")
            .Validate(o => o.Limits is { MaxFileBytes: > 0, MaxTotalBytes: > 0, MaxFiles: > 0, MaxLineLength: > 0, MaxFolderDepth: > 0 },
                "Every Content:Limits setting (MaxFileBytes, MaxTotalBytes, MaxFiles, MaxLineLength, MaxFolderDepth) must be above zero.")
            .ValidateOnStart();

        // Read when first resolved, so configuration added late (tests, command-line verbs) is honoured.
        // Commands are interrupted when the request they serve is aborted, so a client that has gone costs nothing more.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddPooledDbContextFactory<EvidenceDbContext>((services, options) =>
        {
            var requests = services.GetService<IHttpContextAccessor>();
            options.UseSqlite(ConnectionString(services.GetRequiredService<IConfiguration>()))
                .AddInterceptors(new SqliteInterruptInterceptor(() => requests?.HttpContext?.RequestAborted ?? default));
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ContentStatus>();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<ContentOptions>>().Value.Limits);
        builder.Services.AddSingleton<ContentImporter>();
        builder.Services.AddSingleton<EvidenceCatalog>();
        builder.Services.AddSingleton<ChangeCatalog>();
        builder.Services.AddSingleton<ContentHistory>();
        builder.Services.AddHostedService<ContentWatcher>();
        return builder;
    }

    /// <summary>ConnectionStrings:Evidence, or the default SQLite file when it is not set.</summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString() : configured;
    }

    /// <summary>A SQLite file in the user's local app-data folder, which is writable wherever the app runs.</summary>
    public static string DefaultConnectionString()
    {
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(appData)) appData = Path.GetTempPath();
        return $"Data Source={Path.Combine(appData, "LpipEvidence", "evidence.db")}";
    }

    /// <summary>Applies migrations and imports the content (store and search index) before the first request is served.</summary>
    public static async Task<ImportResult> InitialiseEvidenceStoreAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        var services = app.Services;
        var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        await EvidenceStore.MigrateAsync(services.GetRequiredService<IDbContextFactory<EvidenceDbContext>>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EvidenceStore)), cancellationToken: cancellationToken);
        // The import step: store, then search index (registered by AddSearch).
        var result = (await services.GetRequiredService<EvidenceImporter>().ImportAsync(options.Path!, cancellationToken)).Store;
        // Invalid content at start: the store may still hold the last good content, which is then served.
        if (await services.GetRequiredService<EvidenceCatalog>().GetStoreVersionAsync(cancellationToken) is not null)
        {
            services.GetRequiredService<ContentStatus>().MarkHasContent();
        }
        return result;
    }
}
