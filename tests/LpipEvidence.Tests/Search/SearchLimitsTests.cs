using LpipEvidence.Search;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Search;

/// <summary>A search that cannot be answered says so clearly: out of time, cancelled, or no index yet.</summary>
[LongRunning]
public sealed class SearchLimitsTests
{
    [Fact]
    public async Task SearchOverItsTimeBudget_AnswersThatItTookTooLong()
    {
        // A budget of zero has run out before the search starts: the first check stops it.
        using var store = await SearchStore.ImportAsync(RepositoryPaths.FixtureContent, new SearchOptions { TimeBudget = TimeSpan.Zero });

        var results = await store.SearchAsync("innovation");

        Assert.True(results.Unavailable);
        Assert.Equal(SearchService.TooSlowMessage, results.Problem);
        Assert.Empty(results.Hits);
        Assert.Equal("innovation", results.Query);
    }

    [Fact]
    public async Task CancelledRequest_StopsTheSearch()
    {
        using var store = await SearchStore.ImportAsync(RepositoryPaths.FixtureContent);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Search.SearchAsync(new SearchRequest("innovation"), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Search.SimilarFindingsAsync("digital-connectivity-for-clusters", 3, cancelled.Token));
    }

    [Fact]
    public async Task SearchBeforeAnyIndexIsOpen_AnswersThatSearchIsGettingReady()
    {
        using var store = new SearchStore(new SearchOptions { TimeBudget = TimeSpan.FromMilliseconds(50) });
        await store.Store.MigrateAsync();

        var results = await store.SearchAsync("innovation");

        Assert.True(results.Unavailable);
        Assert.Equal(SearchService.NotReadyMessage, results.Problem);
        Assert.Equal(SearchIndexStatus.Indexing, store.Index.State.Status);
        Assert.False(store.Index.State.CanSearch);
        // Related findings are an extra on a page: without an index there are none, at once.
        Assert.Empty(await store.Search.SimilarFindingsAsync("digital-connectivity-for-clusters", 3));
    }
}
