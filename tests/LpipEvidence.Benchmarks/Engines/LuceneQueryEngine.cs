using System.Globalization;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Querying;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>
/// The service's own Lucene query (parsed, synonyms, should-match and coordination) run bare: Lucene's top 10 and
/// total, no facets, snippets or suggestions. The difference to <see cref="ServiceEngine"/> is what the service
/// adds; the difference to <see cref="LuceneEngine"/> is what its query language costs.
/// </summary>
public sealed class LuceneQueryEngine(string databasePath) : ISearchEngine
{
    private readonly Corpora.BenchStore _store = new Corpora.BenchStore(databasePath).OpenIndex();

    public string Name => "LuceneQuery";

    public Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        var snapshot = _store.Index.Acquire() ?? throw new InvalidOperationException("no index");
        try
        {
            var parsed = SearchQueryParser.Parse(query, snapshot.Synonyms, prefixLastWord: false);
            var built = LuceneQuery.Build(parsed, snapshot.Vocabulary);
            var topDocs = snapshot.Searcher.Search(built.Query, 10);
            var top = new List<string>(topDocs.ScoreDocs.Length);
            foreach (var hit in topDocs.ScoreDocs) top.Add(snapshot.Searcher.Doc(hit.Doc).Get(SearchFields.Slug, CultureInfo.InvariantCulture));
            return Task.FromResult<(int, IReadOnlyList<string>)>((topDocs.TotalHits, top));
        }
        finally
        {
            snapshot.Release();
        }
    }

    public void Dispose() => _store.Dispose();
}
