using LpipEvidence.Catalog;
using LpipEvidence.Search;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Web.Store;

/// <summary>
/// A store artifact: the store file <c>import --output FILE</c> writes (migrated, imported, sealed) and its search
/// index in <c>FILE.search/</c>, built once and served read-only by any number of instances. What built it is
/// recorded inside it: the migrations applied (EF Core's history) and the index's format (its commit data), so a
/// site can tell whether it can serve it.
/// </summary>
public static partial class StoreArtifact
{
    /// <summary>What to do when an artifact cannot be served; printed with every refusal.</summary>
    public const string Remedy =
        "Build the artifact again with this version of the app (LpipEvidence.Web import --content DIR --output FILE) and set Store:Artifact to the new file.";

    /// <summary>
    /// Checks the artifact the site is configured with and opens it read-only (store, then search index). Logs one
    /// line either way; false when it cannot be served, and the site must not start.
    /// </summary>
    public static async Task<bool> OpenAsync(IServiceProvider services, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreArtifact));
        var problem = await CheckAsync(services, cancellationToken);
        if (problem is not null)
        {
            LogRefused(logger, file, problem, Remedy);
            return false;
        }

        var version = (await services.GetRequiredService<EvidenceCatalog>().GetStoreVersionAsync(cancellationToken))!;
        // The content was validated when the artifact was built (an import never writes invalid content).
        services.GetRequiredService<ContentStatus>().Record(new ImportResult(ImportOutcome.Unchanged, [], version.Hash,
            version.ImportedAtUtc, version.ReviewCount, version.FindingCount, version.ThemeCount));
        var migration = await ReadOnlyStore.LastMigrationAsync(services.GetRequiredService<IDbContextFactory<EvidenceDbContext>>(), cancellationToken);
        var content = StoreGeneration.ShortHash(version.Hash);
        LogServing(logger, file, content, version.ReviewCount, version.FindingCount, version.ThemeCount,
            migration ?? "", SearchIndexManager.IndexFormat);
        return true;
    }

    /// <summary>Why the configured artifact cannot be served (store first, then search index), or null once both are open.</summary>
    public static async Task<string?> CheckAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var contextFactory = services.GetRequiredService<IDbContextFactory<EvidenceDbContext>>();
        var index = services.GetRequiredService<SearchIndexManager>();
        return await ReadOnlyStore.CheckAsync(contextFactory, cancellationToken)
            ?? await index.OpenReadOnlyAsync(cancellationToken)
            ?? await DocumentCountProblemAsync(contextFactory, index, cancellationToken);
    }

    /// <summary>
    /// Whether the index holds a document for every finding, review and theme in the store (what
    /// <see cref="SearchSource"/> indexes): an index of the right generation that lost documents would miss them.
    /// </summary>
    private static async Task<string?> DocumentCountProblemAsync(IDbContextFactory<EvidenceDbContext> contextFactory, SearchIndexManager index, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var expected = await db.Findings.CountAsync(cancellationToken) + await db.Reviews.CountAsync(cancellationToken) + await db.Themes.CountAsync(cancellationToken);
        var held = index.CurrentDocumentCount ?? 0;
        return held == expected ? null : $"its search index holds {held} documents, and the store has {expected} findings, reviews and themes to search";
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start: the store artifact {File} cannot be served: {Problem}. {Remedy}")]
    private static partial void LogRefused(ILogger logger, string file, string problem, string remedy);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Serving the store artifact {File} read-only: content {Hash} ({Reviews} reviews, {Findings} findings, {Themes} themes), store format {Migration}, search index format {IndexFormat}")]
    private static partial void LogServing(ILogger logger, string file, string hash, int reviews, int findings, int themes, string migration, int indexFormat);
}
