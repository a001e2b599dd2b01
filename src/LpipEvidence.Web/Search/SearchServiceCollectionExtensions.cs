using LpipEvidence.Import;
using LpipEvidence.Search;
using LpipEvidence.Search.Meaning;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpipEvidence.Web.Search;

/// <summary>Registers search: its options, the index it owns, the search service, and the import step that feeds it (its readiness check is added by AddHealth).</summary>
public static class SearchServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.Section)
            .Validate(o => o.TimeBudget > TimeSpan.Zero && o.TimeBudget <= TimeSpan.FromMinutes(1),
                "Search:TimeBudget (environment variable Search__TimeBudget) must be a time span above zero and at most a minute, such as 00:00:02.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Search by meaning: the process's one model, loaded on first use (Search:Meaning=false turns it off, for a
        // machine short of memory; search then works on words only).
        if (builder.Configuration.GetValue($"{SearchOptions.Section}:Meaning", true)) builder.Services.TryAddSingleton<ITextEmbedder>(MiniLmEmbedder.Shared);
        builder.Services.AddSingleton<SearchIndexManager>();
        builder.Services.AddSingleton<SearchService>();
        builder.Services.AddImport();
        return builder;
    }
}
