using LpipEvidence.Import;
using LpipEvidence.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpipEvidence.Web.Hosting;

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
        builder.Services.AddSingleton<SearchIndexManager>();
        builder.Services.AddSingleton<SearchService>();
        builder.Services.AddSingleton<EvidenceImporter>();
        return builder;
    }
}
