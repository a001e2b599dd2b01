using LpipEvidence.Search;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Search;

/// <summary>
/// The meaning half of search: the model is deterministic, each index generation gets its vectors in its own
/// folder, a re-import embeds only what changed, another process on the same store (a replica) never embeds, and
/// searches work on words and say so while the vectors are being made.
/// </summary>
public sealed class MeaningTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Model_IsDeterministic_AndGivesNormalisedVectorsOfItsLength()
    {
        var model = MiniLmEmbedder.Shared;
        var first = model.Embed(["How can councils fund research?", "banana"]);
        var again = model.Embed(["How can councils fund research?"]);

        Assert.Equal("sentence-transformers/all-MiniLM-L6-v2", model.ModelName);
        Assert.Equal(384, first[0].Length);
        Assert.Equal(first[0], again[0]);
        Assert.NotEqual(first[0], first[1]);
        Assert.Equal(1.0, Math.Sqrt(first[0].Sum(x => (double)x * x)), precision: 4);
    }

    [Fact]
    public void Embedding_CancelledWhileTheModelRuns_IsACancellation_NotAFailure()
    {
        // Enough text for the model to be running when the token is cancelled (ONNX Runtime then stops the run with
        // an exception of its own, which must come out as a cancellation: a search out of time answers "too slow").
        var texts = Enumerable.Range(0, 64).Select(i => string.Join(' ', Enumerable.Repeat($"innovation policy for local places {i}", 30))).ToList();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));

        Assert.ThrowsAny<OperationCanceledException>(() => MiniLmEmbedder.Shared.Embed(texts, cancel.Token));
    }

    [Fact]
    public void Model_PutsAParaphraseCloserThanAnUnrelatedText()
    {
        var v = MiniLmEmbedder.Shared.Embed(["universities working with businesses", "collaboration between academia and industry", "a recipe for banana bread"]);
        var paraphrase = System.Numerics.Tensors.TensorPrimitives.Dot(v[0], v[1]);
        var unrelated = System.Numerics.Tensors.TensorPrimitives.Dot(v[0], v[2]);
        Assert.True(paraphrase > unrelated + 0.3f, $"paraphrase {paraphrase}, unrelated {unrelated}");
    }

    [Fact]
    public async Task Import_WritesTheVectorsIntoTheGenerationFolder_WithNoStrayFile()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);

        Assert.Equal(MeaningStatus.Ready, store.Index.Meaning.Status);
        var folder = store.Index.CurrentFolder!;
        Assert.True(File.Exists(Path.Combine(folder, DocumentVectors.FileName)));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        var snapshot = store.Index.Acquire()!;
        try
        {
            Assert.Equal(snapshot.DocumentCount, snapshot.Vectors!.Count);
            Assert.Equal(store.Index.Meaning.Embedded, snapshot.Vectors.Rows);
        }
        finally
        {
            snapshot.Release();
        }
    }

    [Fact]
    public async Task ReImport_WithOneChangedFinding_EmbedsOnlyThatFindingsChangedText()
    {
        var embedder = new RecordingEmbedder();
        using var store = await SearchStore.ImportAsync(_content.Root, embedder: embedder);
        var first = embedder.Texts.Count;

        _content.Write(TempContent.FirstFindingPath, TempContent.FirstFinding.Replace("Clusters matter for places.", "Clusters of firms matter for towns.", StringComparison.Ordinal));
        await store.Importer.ImportAsync(_content.Root);

        var again = embedder.Texts.Skip(first).ToList();
        Assert.Equal(["Clusters of firms matter for towns."], again);
        Assert.Equal(1, store.Index.Meaning.Embedded);
        Assert.Equal(MeaningStatus.Ready, store.Index.Meaning.Status);
        var results = await store.SearchAsync("towns", mode: SearchMode.Words);
        Assert.Equal("first-finding-about-clusters", Assert.Single(results.Hits).Slug);
    }

    [Fact]
    public async Task Restart_OnTheSameStore_ReadsTheVectors_AndEmbedsNothing()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var embedder = new RecordingEmbedder();

        using var restarted = new SearchIndexManager(store.Store.Factory, TimeProvider.System, new SearchStore.ListLogger().For<SearchIndexManager>(), embedder);
        Assert.Equal(SearchIndexOutcome.Opened, await restarted.RefreshWhileServingAsync());
        await restarted.WhenIdleAsync();

        Assert.Equal(MeaningStatus.Ready, restarted.Meaning.Status);
        Assert.Empty(embedder.Texts);
    }

    [Fact]
    public async Task ReadOnlyOpen_ReadsTheVectors_AndEmbedsNothing()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var embedder = new RecordingEmbedder();

        using var replica = new SearchIndexManager(store.Store.Factory, TimeProvider.System, new SearchStore.ListLogger().For<SearchIndexManager>(), embedder);
        Assert.Null(await replica.OpenReadOnlyAsync());

        Assert.Equal(MeaningStatus.Ready, replica.Meaning.Status);
        Assert.Empty(embedder.Texts);
    }

    [Fact]
    public async Task ReadOnlyOpen_WithoutVectors_SearchesOnWordsAndSaysWhy()
    {
        using var store = await SearchStore.ImportAsync(_content.Root, wordsOnly: true);

        using var replica = new SearchIndexManager(store.Store.Factory, TimeProvider.System, new SearchStore.ListLogger().For<SearchIndexManager>(), new RecordingEmbedder());
        Assert.Null(await replica.OpenReadOnlyAsync());

        Assert.Equal(MeaningStatus.Unavailable, replica.Meaning.Status);
        Assert.Contains("carries no meaning vectors", replica.Meaning.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HalfWrittenVectors_AreMadeAgain_NotRead()
    {
        using var store = await SearchStore.ImportAsync(_content.Root);
        var file = Path.Combine(store.Index.CurrentFolder!, DocumentVectors.FileName);
        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);
        var embedder = new RecordingEmbedder();

        using var restarted = new SearchIndexManager(store.Store.Factory, TimeProvider.System, new SearchStore.ListLogger().For<SearchIndexManager>(), embedder);
        await restarted.RefreshWhileServingAsync();
        await restarted.WhenIdleAsync();

        Assert.Equal(MeaningStatus.Ready, restarted.Meaning.Status);
        Assert.NotEmpty(embedder.Texts);
        Assert.Equal(bytes.Length, new FileInfo(file).Length);
    }

    [Fact]
    public async Task WhileTheVectorsAreMade_SearchWorksOnWords_AndSaysSo()
    {
        var embedder = new RecordingEmbedder(held: true);
        using var store = new SearchStore(embedder: embedder);
        store.Index.InlineEmbedLimit = 0;
        await store.Store.MigrateAsync();
        await store.Importer.ImportAsync(_content.Root);

        Assert.Equal(MeaningStatus.Embedding, store.Index.Meaning.Status);
        var during = await store.SearchAsync("clusters");
        Assert.True(during.MeaningPending);
        Assert.NotEmpty(during.Hits);
        Assert.All(during.Hits, h => Assert.Equal(SearchMatch.Words, h.Match));

        embedder.Release();
        await store.Index.WhenIdleAsync();
        Assert.Equal(MeaningStatus.Ready, store.Index.Meaning.Status);
        Assert.False((await store.SearchAsync("clusters")).MeaningPending);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task BackgroundEmbedding_RunsOnThreadsOfItsOwn_NeverThePools(int threads)
    {
        // The pool adds no thread while the processor is busy: embedding on pool threads for minutes would hold up
        // requests and the import's own continuations (a first import's words then waited for every vector).
        var embedder = new ThreadRecordingEmbedder();
        using var store = new SearchStore(embedder: embedder);
        store.Index.InlineEmbedLimit = 0;
        store.Index.EmbeddingThreads = threads;
        await store.Store.MigrateAsync();
        await store.Importer.ImportAsync(_content.Root);
        await store.Index.WhenIdleAsync();

        Assert.Equal(MeaningStatus.Ready, store.Index.Meaning.Status);
        Assert.NotEmpty(embedder.OnPoolThread);
        Assert.All(embedder.OnPoolThread, Assert.False);
    }

    private sealed class ThreadRecordingEmbedder : ITextEmbedder
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<bool> _onPool = new();

        public IReadOnlyCollection<bool> OnPoolThread => _onPool;

        public string ModelName => MiniLmEmbedder.Shared.ModelName;

        public int Dimensions => MiniLmEmbedder.Shared.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            _onPool.Enqueue(Thread.CurrentThread.IsThreadPoolThread);
            return MiniLmEmbedder.Shared.Embed(texts, cancellationToken);
        }
    }

    [Fact]
    public void Sentences_SplitAtSentenceEnds_NotAtAbbreviationsOrDecimals()
    {
        Assert.Equal(["It grew 3.5 per cent, e.g. in towns.", "Then it fell!", "Why?"], Sentences.Split("It grew 3.5 per cent, e.g. in towns. Then it fell! Why?"));
    }
}
