using LpipEvidence.Catalog;
using LpipEvidence.History;
using LpipEvidence.Import;
using LpipEvidence.Store;
using LpipEvidence.Web.ContentFolder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Store;

/// <summary>Registers the content options, the SQLite store, the importer, the catalogs and the git history of content.</summary>
public static class EvidenceStoreServiceCollectionExtensions
{
    public const string ConnectionStringName = "Evidence";

    /// <summary>Adds everything that reads content into the store and reads the store back.</summary>
    public static IHostApplicationBuilder AddEvidenceStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.Section)
            .PostConfigure(options =>
            {
                if (options.IsArtifact) options.Artifact = ResolveLinks(options.Artifact!);
            })
            .Validate<IConfiguration>((o, configuration) => !o.IsArtifact || string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName)),
                "Set either Store:Artifact (a store built by `import --output`, served read-only) or ConnectionStrings:Evidence (a live store), not both.")
            .ValidateOnStart();

        // A site serving an artifact reads no content folder, so it needs none.
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .PostConfigure<IHostEnvironment>((options, env) =>
                options.Path = ContentLocator.Resolve(options.Path, env.ContentRootPath, AppContext.BaseDirectory))
            // An artifact never changes, so there is nothing to watch and re-import.
            .PostConfigure<IOptions<StoreOptions>>((options, store) => options.Watch &= !store.Value.IsArtifact)
            .Validate<IOptions<StoreOptions>>((o, store) => store.Value.IsArtifact || o.Path is not null,
                "No content folder found. Set Content:Path (environment variable Content__Path) to the folder that holds reviews/ and themes/.")
            .Validate<IOptions<StoreOptions>>((o, store) => store.Value.IsArtifact || o.Path is null || Directory.Exists(o.Path),
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
            var store = services.GetRequiredService<IOptions<StoreOptions>>().Value;
            options.UseSqlite(store.IsArtifact ? ReadOnlyStore.ConnectionString(store.Artifact!) : ConnectionString(services.GetRequiredService<IConfiguration>()))
                .AddInterceptors(new SqliteInterruptInterceptor(() => requests?.HttpContext?.RequestAborted ?? default));
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ContentStatus>();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<ContentOptions>>().Value.Limits);
        builder.Services.AddSingleton(services => new DraftPolicy(services.GetRequiredService<IOptions<ContentOptions>>().Value.ShowDrafts));
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

    /// <summary>
    /// Makes the store ready before the first request: a live store is migrated and the content imported (store and
    /// search index); an artifact is checked and opened read-only. False, with one critical log line saying what to
    /// do, when the artifact cannot be served: the caller exits instead of serving.
    /// </summary>
    public static async Task<bool> OpenEvidenceStoreAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        var store = app.Services.GetRequiredService<IOptions<StoreOptions>>().Value;
        if (!store.IsArtifact)
        {
            await app.InitialiseEvidenceStoreAsync(cancellationToken);
            return true;
        }
        return await StoreArtifact.OpenAsync(app.Services, store.Artifact!, cancellationToken);
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

    /// <summary>
    /// The path with every symbolic link in it resolved (as far as it exists), so that a running instance keeps
    /// reading the artifact it started on when a link such as <c>current/</c> is switched to a new one.
    /// </summary>
    private static string ResolveLinks(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            // A relative link is relative to the folder that holds it; 40 hops is the kernel's own limit.
            if (depth < 40 && new FileInfo(resolved).LinkTarget is { } target)
            {
                resolved = ResolveLinks(Path.GetFullPath(target, Path.GetDirectoryName(resolved) ?? root), depth + 1);
            }
        }
        return resolved;
    }
}
