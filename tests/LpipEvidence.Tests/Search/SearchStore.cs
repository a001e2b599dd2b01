using LpipEvidence.Import;
using LpipEvidence.Search;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Tests.Search;

/// <summary>
/// A real store in a temp folder with its search index (next to the database file), the import step and the
/// search service, wired as the site wires them. Keeps what the import step and the index logged.
/// </summary>
public sealed class SearchStore : IDisposable
{
    /// <param name="options">Search options.</param>
    /// <param name="embedder">The model for meaning: the process's one MiniLM by default (loaded once for every test).</param>
    /// <param name="wordsOnly">True for a store without meaning.</param>
    public SearchStore(SearchOptions? options = null, ITextEmbedder? embedder = null, bool wordsOnly = false)
    {
        Store = new TempStore();
        Log = new ListLogger();
        Index = new SearchIndexManager(Store.Factory, TimeProvider.System, Log.For<SearchIndexManager>(), wordsOnly ? null : embedder ?? MiniLmEmbedder.Shared);
        Importer = new EvidenceImporter(Store.Importer, Index, Log.For<EvidenceImporter>(), Store.Status);
        // Tests of the time budget set their own; the others get a budget no loaded test machine reaches (the first
        // search of a test process also loads the model, seconds when many builds share the machine).
        Search = new SearchService(Index, Options.Create(options ?? new SearchOptions { TimeBudget = TimeSpan.FromSeconds(30) }));
    }

    public TempStore Store { get; }
    public SearchIndexManager Index { get; }
    public EvidenceImporter Importer { get; }
    public SearchService Search { get; }
    public ListLogger Log { get; }

    /// <summary>A migrated store with <paramref name="contentRoot"/> imported (store and index).</summary>
    public static async Task<SearchStore> ImportAsync(string contentRoot, SearchOptions? options = null, ITextEmbedder? embedder = null, bool wordsOnly = false)
    {
        var store = new SearchStore(options, embedder, wordsOnly);
        await store.Store.MigrateAsync();
        var report = await store.Importer.ImportAsync(contentRoot);
        Assert.Equal(ImportOutcome.Imported, report.Store.Outcome);
        return store;
    }

    public Task<SearchResults> SearchAsync(string query, string? theme = null, string? review = null, bool typing = false, int pageSize = SearchRequest.DefaultPageSize, int page = 1,
        SearchMode mode = SearchMode.Hybrid) =>
        Search.SearchAsync(new SearchRequest(query, theme, review, page, pageSize, typing, mode));

    public void Dispose()
    {
        Importer.Dispose();
        Index.Dispose();
        Store.Dispose();
    }

    /// <summary>Collects formatted log lines, with their level, from every logger it hands out.</summary>
    public sealed class ListLogger
    {
        private readonly List<(LogLevel Level, string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> _entries = [];

        public IReadOnlyList<(LogLevel Level, string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> Entries
        {
            get { lock (_entries) return [.. _entries]; }
        }

        public ILogger<T> For<T>() => new Logger<T>(this);

        private sealed class Logger<T>(ListLogger owner) : ILogger<T>
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
                lock (owner._entries) owner._entries.Add((logLevel, typeof(T).Name, formatter(state, exception), values));
            }
        }
    }
}
