using LpipEvidence.Content;
using LpipEvidence.Search;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Import;

/// <summary>Registers the import step.</summary>
public static class ImportServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EvidenceImporter"/>, the one way content reaches the store and the search index. Its store
    /// writer is its own, so nothing can import into the store while bypassing the index. Needs the store
    /// (<see cref="IDbContextFactory{TContext}"/> of <see cref="EvidenceDbContext"/>, <see cref="ContentStatus"/>,
    /// <see cref="TimeProvider"/>, <see cref="ContentLimits"/>, <see cref="DraftPolicy"/>) and
    /// <see cref="SearchIndexManager"/> registered.
    /// </summary>
    public static IServiceCollection AddImport(this IServiceCollection services) =>
        services.AddSingleton(provider => new EvidenceImporter(
            new StoreWriter(
                provider.GetRequiredService<IDbContextFactory<EvidenceDbContext>>(),
                provider.GetRequiredService<ContentStatus>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<StoreWriter>>(),
                provider.GetService<ContentLimits>(),
                provider.GetService<DraftPolicy>()),
            provider.GetRequiredService<SearchIndexManager>(),
            provider.GetRequiredService<ILogger<EvidenceImporter>>(),
            provider.GetRequiredService<ContentStatus>()));
}
