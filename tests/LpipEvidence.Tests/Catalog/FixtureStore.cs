using LpipEvidence.Tests.Briefings;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Catalog;

/// <summary>The fixture content imported once into a temp store, shared by read-only test classes.</summary>
public sealed class FixtureStore : IAsyncLifetime
{
    public TempStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await BriefingSamples.FixtureStoreAsync();

    public Task DisposeAsync()
    {
        Store.Dispose();
        return Task.CompletedTask;
    }
}
