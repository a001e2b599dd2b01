using LpipEvidence.Catalog;
using LpipEvidence.Store;

namespace LpipEvidence.Tests.Support;

/// <summary>The content fixtures imported once into a real SQLite file, shared by a read-only test class.</summary>
public sealed class FixtureStore : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public EvidenceCatalog Catalog { get; private set; } = null!;

    /// <summary>The store itself, for tests of other readers of it.</summary>
    public TempStore Store => _store;

    public async Task InitializeAsync()
    {
        await _store.MigrateAsync();
        var import = await _store.Importer.ImportAsync(RepositoryPaths.FixtureContent);
        Assert.Equal(ImportOutcome.Imported, import.Outcome);
        Catalog = new EvidenceCatalog(_store.Factory);
    }

    /// <summary>A review of the fixtures by slug: <c>innovation</c> or <c>test-only-transport</c>.</summary>
    public async Task<ReviewSummary> ReviewAsync(string slug) => (await Catalog.GetReviewAsync(slug))!.Review;

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }
}
