using LpipEvidence.Search;
using LpipEvidence.Store;
using LpipEvidence.Web.ContentFolder;
using LpipEvidence.Web.Search;
using LpipEvidence.Web.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Web.Store;

/// <summary>
/// <c>import --output FILE</c>: builds a store artifact. The store is migrated, imported and indexed under a
/// temporary name beside FILE, sealed (no write-ahead log, so it opens on a read-only file system), moved into place
/// (index folder first, store file last, so FILE exists only once whole), then opened read-only exactly as a site
/// would open it. An existing FILE is never overwritten: an artifact never changes once built.
/// </summary>
internal static class StoreArtifactBuilder
{
    public static async Task<int> BuildAsync(HostApplicationBuilder builder, string contentRoot, string display, string output,
        TextWriter stdout, TextWriter stderr)
    {
        var file = Path.GetFullPath(output);
        var index = SearchIndexFolder.OfDatabase(file);
        if (File.Exists(file) || SearchIndexFolder.Exists(file))
        {
            await stderr.WriteLineAsync($"error: {file} already exists. An artifact never changes once built: write a new one " +
                "(for example releases/<date>/evidence.db) and point Store:Artifact at it.");
            return 2;
        }
        var folder = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(folder);
        var building = Path.Combine(folder, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.building");

        builder.Configuration[$"ConnectionStrings:{EvidenceStoreServiceCollectionExtensions.ConnectionStringName}"] = $"Data Source={building}";
        builder.Configuration[$"{StoreOptions.Section}:{nameof(StoreOptions.Artifact)}"] = "";
        builder.Configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Path)}"] = contentRoot;
        // An artifact is what servers publish: drafts stay out of it whatever the editor's preview setting.
        builder.Configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.ShowDrafts)}"] = "false";
        builder.AddEvidenceStore();
        builder.AddSearch();
        try
        {
            ImportResult import;
            using (var host = builder.Build())
            {
                // Nothing is served meanwhile: embed on every core.
                host.Services.GetRequiredService<SearchIndexManager>().EmbeddingThreads = Environment.ProcessorCount;
                import = await host.InitialiseEvidenceStoreAsync();
                await host.Services.GetRequiredService<SearchIndexManager>().WhenIdleAsync();
            }
            if (import.Errors.Count > 0)
            {
                return await LpipEvidence.Web.CommandLine.VerbContext.ReportAsync(import.Errors, display, stdout, stderr, "; no artifact was written", "");
            }
            // Pooled connections keep the file open; sealing needs it to itself.
            SqliteConnection.ClearAllPools();
            await ReadOnlyStore.SealAsync(building);
            SearchIndexFolder.Move(building, file);
            File.Move(building, file);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            RemoveBuildingFiles(building);
        }

        var (problem, summary) = await OpenAsSiteAsync(file);
        if (problem is not null)
        {
            await stderr.WriteLineAsync($"error: the artifact written to {file} cannot be served ({problem}); it was removed");
            File.Delete(file);
            SearchIndexFolder.Delete(file);
            return 1;
        }
        await stdout.WriteLineAsync($"{display}: wrote the store artifact {file} ({summary}) with its search index {index}");
        return 0;
    }

    /// <summary>Opens the artifact read-only as a site would, and describes it; or says why it cannot be served.</summary>
    private static async Task<(string? Problem, string Summary)> OpenAsSiteAsync(string file)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Configuration[$"ConnectionStrings:{EvidenceStoreServiceCollectionExtensions.ConnectionStringName}"] = "";
        builder.Configuration[$"{StoreOptions.Section}:{nameof(StoreOptions.Artifact)}"] = file;
        builder.Configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Watch)}"] = "false";
        builder.AddEvidenceStore();
        builder.AddSearch();
        try
        {
            using var host = builder.Build();
            if (await StoreArtifact.CheckAsync(host.Services) is { } problem) return (problem, "");
            var factory = host.Services.GetRequiredService<IDbContextFactory<EvidenceDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var version = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).FirstAsync();
            var summary = $"{Wording.Count(version.ReviewCount, "review")}, {Wording.Count(version.FindingCount, "finding")}, " +
                $"{Wording.Count(version.ThemeCount, "theme")}; content {StoreGeneration.ShortHash(version.Hash)}; " +
                $"store format {await ReadOnlyStore.LastMigrationAsync(factory)}; search index format {SearchIndexManager.IndexFormat}";
            return (null, summary);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Whatever a build left under its temporary name: the store, its journals, its migration lock and its index.</summary>
    private static void RemoveBuildingFiles(string building)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal", ".migrate-lock" })
        {
            if (File.Exists(building + suffix)) File.Delete(building + suffix);
        }
        SearchIndexFolder.Delete(building);
    }
}
