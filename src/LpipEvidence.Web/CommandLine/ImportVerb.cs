using LpipEvidence.Search;
using LpipEvidence.Store;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.Search;
using LpipEvidence.Web.Store;
using LpipEvidence.Web.Text;

namespace LpipEvidence.Web.CommandLine;

/// <summary>
/// <c>import [--content DIR]</c> imports the content into the store and exits; with <c>--output FILE</c> it builds a
/// store artifact instead (see <see cref="StoreArtifactBuilder"/>).
/// </summary>
internal static class ImportVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> settings, string? content, string? artifact, TextWriter output, TextWriter error)
    {
        if (await VerbContext.CreateAsync(settings, content, output, error) is not { } verb) return StartupRefusal.Usage;
        var builder = verb.Builder;
        if (artifact is not null) return await StoreArtifactBuilder.BuildAsync(builder, verb.Root, verb.Display, artifact, output, error);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{StoreOptions.Section}:{nameof(StoreOptions.Artifact)}"]))
        {
            await error.WriteLineAsync("error: Store:Artifact is set, and an artifact is never changed once built: build a new one with --output FILE");
            return StartupRefusal.Usage;
        }

        builder.AddEvidenceStore();
        builder.AddSearch();
        using var host = builder.Build();
        // Nothing is served meanwhile: embed on every core.
        host.Services.GetRequiredService<SearchIndexManager>().EmbeddingThreads = Environment.ProcessorCount;
        var import = await host.InitialiseEvidenceStoreAsync();
        // A stale search index is rebuilt in the background while a site would serve the old one: here, wait for it.
        await host.Services.GetRequiredService<SearchIndexManager>().WhenIdleAsync();
        var summary = import.Outcome switch
        {
            ImportOutcome.Imported => $"{verb.Display}: imported {Wording.Count(import.ReviewCount, "review")}, {Wording.Count(import.FindingCount, "finding")}, {Wording.Count(import.ThemeCount, "theme")}",
            _ => $"{verb.Display}: unchanged since the last import; nothing written",
        };
        return await VerbContext.ReportAsync(import.Errors, verb.Display, output, error, "; nothing was imported and the store keeps its previous content", summary);
    }
}
