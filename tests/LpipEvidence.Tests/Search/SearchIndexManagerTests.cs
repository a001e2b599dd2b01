using LpipEvidence.Search;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Search;

/// <summary>
/// The index's life: where it lives, what it records, and that it is rebuilt when missing, stale or corrupt,
/// swapped only when complete, and cleaned up; opening a good index writes nothing.
/// </summary>
public sealed class SearchIndexManagerTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static string[] Generations(SearchStore store) =>
        Directory.GetDirectories(store.Index.Location).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private static string Pointer(SearchStore store) => File.ReadAllText(Path.Combine(store.Index.Location, SearchIndexManager.PointerFile)).Trim();

    /// <summary>A second manager on the same store and index folder, as a restarted site would have.</summary>
    private static SearchIndexManager Restart(SearchStore store) =>
        new(store.Store.Factory, TimeProvider.System, new SearchStore.ListLogger().For<SearchIndexManager>());

    [Fact]
    public async Task Import_BuildsTheIndexNextToTheDatabaseFile_AndRecordsWhatItWasBuiltFrom()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);

        Assert.Equal(store.Store.DatabasePath + ".search", store.Index.Location);
        var generation = Assert.Single(Generations(store));
        Assert.Equal(generation, Pointer(store));
        var state = store.Index.State;
        Assert.Equal(SearchIndexStatus.Ready, state.Status);
        await using var db = store.Store.Open();
        var import = db.Imports.Single();
        Assert.Equal(new StoreGeneration(import.Id, import.Hash), state.Serving);

        // Self-describing: the commit says which store content it holds, without the store.
        using var snapshot = SnapshotOf(Path.Combine(store.Index.Location, generation));
        Assert.Equal(import.Hash, snapshot.Generation.ContentHash);
        Assert.Equal(SearchIndexBuilder.Format, snapshot.Format);
        Assert.Equal(2 + 1 + 2, snapshot.DocumentCount); // two findings, one review, two themes
    }

    [Fact]
    public async Task Restart_WithACurrentIndex_OpensItAndWritesNothing()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var before = Listing(store.Index.Location);

        using var restarted = Restart(store);
        var outcome = await restarted.RefreshWhileServingAsync();

        Assert.Equal(SearchIndexOutcome.Opened, outcome);
        Assert.Equal(SearchIndexStatus.Ready, restarted.State.Status);
        Assert.Equal(before, Listing(store.Index.Location));
    }

    [Fact]
    public async Task Restart_WithTheIndexMissing_BuildsItBeforeAnswering()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        store.Index.Dispose();
        Directory.Delete(store.Index.Location, recursive: true);

        using var restarted = Restart(store);
        Assert.Equal(SearchIndexOutcome.Built, await restarted.RefreshWhileServingAsync());
        Assert.Equal(SearchIndexStatus.Ready, restarted.State.Status);
        Assert.NotNull(restarted.CurrentFolder);
    }

    [Fact]
    public async Task Restart_WithACorruptIndex_RebuildsIt()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var folder = store.Index.CurrentFolder!;
        store.Index.Dispose();
        foreach (var file in Directory.GetFiles(folder, "segments_*")) File.WriteAllText(file, "not an index");

        using var restarted = Restart(store);
        Assert.Equal(SearchIndexOutcome.Built, await restarted.RefreshWhileServingAsync());
        Assert.NotEqual(folder, restarted.CurrentFolder);
        Assert.False(Directory.Exists(folder), "the corrupt generation is removed");
    }

    [Fact]
    public async Task Restart_WithAStaleIndex_ServesItWhileTheNewOneIsBuilt()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var old = store.Index.CurrentFolder!;
        store.Index.Dispose();
        // The store moves on (an import committed) but the process dies before the index is swapped.
        _content.Write(TempContent.SecondFindingPath, TempContent.SecondFinding.Replace("Skills matter too.", "Skills and apprenticeships matter too.", StringComparison.Ordinal));
        Assert.Equal(LpipEvidence.Store.ImportOutcome.Imported, (await store.Store.Importer.ImportAsync(_content.Root)).Outcome);

        using var restarted = Restart(store);
        var outcome = await restarted.RefreshWhileServingAsync();

        Assert.Equal(SearchIndexOutcome.BuildingInBackground, outcome);
        Assert.True(restarted.State.CanSearch);
        await restarted.WhenIdleAsync();
        Assert.Equal(SearchIndexStatus.Ready, restarted.State.Status);
        Assert.NotEqual(old, restarted.CurrentFolder);
        var search = new SearchService(restarted, Microsoft.Extensions.Options.Options.Create(new SearchOptions()));
        Assert.Equal(1, (await search.SearchAsync(new SearchRequest("apprenticeships"))).Total);
    }

    [Fact]
    public async Task KilledBuild_LeavesThePreviousIndexInUse_AndIsCleanedUpByTheNextBuild()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var good = store.Index.CurrentFolder!;
        // What a build killed half-way leaves: a folder with some files and no commit.
        var half = Path.Combine(store.Index.Location, "g9-killed");
        Directory.CreateDirectory(half);
        File.WriteAllText(Path.Combine(half, "_0.fdt"), "partial");
        store.Index.Dispose();

        using var restarted = Restart(store);
        Assert.Equal(SearchIndexOutcome.Opened, await restarted.RefreshWhileServingAsync());
        Assert.Equal(good, restarted.CurrentFolder);
        Assert.False(Directory.Exists(half));
    }

    [Fact]
    public async Task CancelledBuild_KeepsServingThePreviousIndex_AndLeavesNoHalfWrittenGeneration()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var good = store.Index.CurrentFolder!;
        _content.Write(TempContent.SkillsThemePath, TempContent.SkillsTheme.Replace("What people need to know.", "What people need to learn.", StringComparison.Ordinal));
        await store.Store.Importer.ImportAsync(_content.Root);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Index.RefreshAsync(cancelled.Token));

        Assert.Equal(good, store.Index.CurrentFolder);
        Assert.Equal(Path.GetFileName(good), Pointer(store));
        Assert.Equal([Path.GetFileName(good)], Generations(store));
        Assert.True(store.Index.State.CanSearch);
        Assert.Equal(SearchIndexOutcome.Built, await store.Index.RefreshAsync());
    }

    [Fact]
    public async Task NewContent_SwapsGenerations_AndRemovesTheOldOne()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var first = Pointer(store);
        var reader = store.Search.SearchAsync(new SearchRequest("skills"));

        _content.Write(TempContent.SkillsThemePath, TempContent.SkillsTheme.Replace("What people need to know.", "What apprentices need to know.", StringComparison.Ordinal));
        var report = await store.Importer.ImportAsync(_content.Root);

        Assert.Equal(SearchIndexOutcome.Built, report.Index);
        Assert.NotEqual(first, Pointer(store));
        Assert.Equal([Pointer(store)], Generations(store));
        Assert.Equal(1, (await store.SearchAsync("apprentices")).Total);
        Assert.True((await reader).Total > 0);
    }

    [Fact]
    public void LocationFor_IsTheDatabaseFileWithSearchAppended()
    {
        Assert.Equal(Path.GetFullPath("/srv/lpip/evidence.db") + ".search", SearchIndexFolder.For("Data Source=/srv/lpip/evidence.db;Pooling=False"));
        Assert.StartsWith(Path.GetTempPath(), SearchIndexFolder.For("Data Source=:memory:"), StringComparison.Ordinal);
    }

    private static IndexSnapshot SnapshotOf(string folder) => IndexSnapshot.Open(folder);

    private static string[] Listing(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(p => $"{Path.GetRelativePath(folder, p)} {(File.Exists(p) ? new FileInfo(p).Length + " " + File.GetLastWriteTimeUtc(p).Ticks : "dir")}")
            .Order(StringComparer.Ordinal).ToArray();
}
