using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Search;

/// <summary>The fixture content imported once into a store and its index, shared by read-only search tests.</summary>
public sealed class FixtureSearch : IAsyncLifetime
{
    public SearchStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await SearchStore.ImportAsync(RepositoryPaths.FixtureContent);

    public Task DisposeAsync()
    {
        Store.Dispose();
        return Task.CompletedTask;
    }
}
