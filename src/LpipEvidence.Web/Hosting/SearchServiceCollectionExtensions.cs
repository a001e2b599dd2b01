using LpipEvidence.Search;

namespace LpipEvidence.Web.Hosting;

/// <summary>Registers full-text search.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchService>();
        return builder;
    }
}
