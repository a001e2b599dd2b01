using System.Globalization;
using LpipEvidence.Search;
using LpipEvidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>
/// Bare Lucene.NET on the service's own index (the generation the store's index folder points at): the classic
/// query parser over title, takeaway, body and theme labels (boosted 10/5/2/1, every word required, the same
/// analyzer), BM25, the top 10 slugs and the total. No facets, snippets, suggestions, synonyms or filters.
/// </summary>
public sealed class LuceneEngine : ISearchEngine
{
    private static readonly string[] Fields = [.. SearchFields.Searched.Select(f => f.Field)];
    private static readonly Dictionary<string, float> Boosts = SearchFields.Searched.ToDictionary(f => f.Field, f => f.Weight);

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly EvidenceAnalyzer _analyzer = new();

    public LuceneEngine(string databasePath)
    {
        _directory = FSDirectory.Open(new DirectoryInfo(IndexFolder(databasePath)));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name => "Lucene";

    /// <summary>The folder of the generation in use for a store.</summary>
    public static string IndexFolder(string databasePath)
    {
        var location = SearchIndexFolder.For($"Data Source={databasePath}");
        return Path.Combine(location, File.ReadAllText(Path.Combine(location, SearchIndexManager.PointerFile)).Trim());
    }

    public Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        var parser = new MultiFieldQueryParser(EvidenceAnalyzer.Version, Fields, _analyzer, Boosts) { DefaultOperator = Operator.AND };
        var topDocs = _searcher.Search(parser.Parse(query), 10);
        var top = new List<string>(topDocs.ScoreDocs.Length);
        foreach (var hit in topDocs.ScoreDocs) top.Add(_searcher.Doc(hit.Doc).Get(SearchFields.Slug, CultureInfo.InvariantCulture));
        return Task.FromResult<(int, IReadOnlyList<string>)>((topDocs.TotalHits, top));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
