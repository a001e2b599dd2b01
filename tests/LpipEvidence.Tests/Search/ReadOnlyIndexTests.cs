using LpipEvidence.Search;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Store;
using LpipEvidence.Tests.Store;
using LpipEvidence.Tests.Support;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Tests.Search;

/// <summary>
/// The search index of a store served read-only: opened as it is, never built, cleaned or pointed elsewhere, and
/// refused when it is missing, of another format or built from other content.
/// </summary>
public sealed class ReadOnlyIndexTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private async Task<SearchStore> SealedAsync(string? contentRoot = null)
    {
        var store = await SearchStore.ImportAsync(contentRoot ?? _content.Root);
        await ReadOnlyStore.SealAsync(store.Store.DatabasePath);
        return store;
    }

    private static SearchIndexManager ReadOnlyManager(string file) =>
        new(ReadOnlyStoreTests.ReadOnlyFactory(file), TimeProvider.System, new SearchStore.ListLogger().For<SearchIndexManager>());

    [Fact]
    public async Task OpenReadOnly_SealedStore_AnswersSearchesAndWritesNothing()
    {
        using var store = await SealedAsync();
        var file = store.Store.DatabasePath;
        // A folder a live site would clean up as an old generation: read-only, it is left alone.
        System.IO.Directory.CreateDirectory(Path.Combine(store.Index.Location, "g0-old-generation"));
        store.Index.Dispose();
        var before = FolderFingerprint.Of(file);

        using var index = ReadOnlyManager(file);
        Assert.Null(await index.OpenReadOnlyAsync());
        var search = new SearchService(index, Options.Create(new SearchOptions()));
        var results = await search.SearchAsync(new SearchRequest("clusters", null, null, 1, SearchRequest.DefaultPageSize, false));

        Assert.Equal(SearchIndexStatus.Ready, index.State.Status);
        Assert.NotEmpty(results.Hits);
        Assert.Equal(before, FolderFingerprint.Of(file));
    }

    [Fact]
    public async Task OpenReadOnly_MissingIndex_IsRefusedAndNothingIsBuilt()
    {
        using var store = await SealedAsync();
        store.Index.Dispose();
        System.IO.Directory.Delete(store.Index.Location, recursive: true);

        using var index = ReadOnlyManager(store.Store.DatabasePath);
        var problem = await index.OpenReadOnlyAsync();

        Assert.Equal($"it lacks its search index ({Path.Combine(index.Location, SearchIndexManager.PointerFile)} does not exist)", problem);
        Assert.False(System.IO.Directory.Exists(index.Location));
        Assert.Equal(SearchIndexStatus.Failed, index.State.Status);
        Assert.False(index.State.CanSearch);
    }

    [Fact]
    public async Task OpenReadOnly_IndexOfAnotherFormat_IsRefused()
    {
        using var store = await SealedAsync();
        var generation = store.Index.CurrentFolder!;
        store.Index.Dispose();
        // What an older version would have written: the same documents, committed with another format number.
        using (var directory = FSDirectory.Open(generation))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { OpenMode = OpenMode.APPEND }))
        {
            var data = new Dictionary<string, string>(DirectoryReader.ListCommits(directory)[^1].UserData) { [SearchIndexBuilder.FormatKey] = "1" };
            writer.SetCommitData(data);
            writer.Commit();
        }

        using var index = ReadOnlyManager(store.Store.DatabasePath);

        Assert.Equal($"its search index has format 1, and this version reads format {SearchIndexManager.IndexFormat}", await index.OpenReadOnlyAsync());
    }

    [Fact]
    public async Task OpenReadOnly_IndexOfOtherContent_IsRefused()
    {
        using var store = await SealedAsync();
        using var other = await SealedAsync(RepositoryPaths.FixtureContent);
        store.Index.Dispose();
        other.Index.Dispose();
        // The index folders of two artifacts swapped by mistake.
        System.IO.Directory.Delete(store.Index.Location, recursive: true);
        System.IO.Directory.Move(other.Index.Location, store.Index.Location);

        using var index = ReadOnlyManager(store.Store.DatabasePath);
        var problem = await index.OpenReadOnlyAsync();

        Assert.StartsWith("its search index was built from other content (", problem, StringComparison.Ordinal);
        Assert.EndsWith(") than the store holds (1-" + ContentHashPrefix(store) + ")", problem, StringComparison.Ordinal);
    }

    private static string ContentHashPrefix(SearchStore store)
    {
        using var db = store.Store.Open();
        return db.Imports.Single().Hash[..12];
    }
}
