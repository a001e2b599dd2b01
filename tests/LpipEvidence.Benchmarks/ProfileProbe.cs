using System.Diagnostics;
using System.Globalization;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search;
using LpipEvidence.Search.Highlighting;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Querying;
using LpipEvidence.Search.Ranking;
using Lucene.Net.Search;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// <c>profile &lt;findings&gt;</c>: where a search's time goes, for each benchmark query, 300 times each: Lucene's own
/// top-10 collector against the service's <see cref="ResultCollector"/> (ranking with facets, and counting only) on
/// the same query, then the service's stages one by one (parse and build, collect, load the page's stored documents,
/// cut snippets) and the whole search.
/// </summary>
public static class ProfileProbe
{
    private const int Runs = 300;

    public static int Run(string[] args)
    {
        var findings = int.Parse(args[0], CultureInfo.InvariantCulture);
        using var store = new Corpora.BenchStore(Corpora.EnsureStore(findings)).OpenIndex();
        var snapshot = store.Index.Acquire() ?? throw new InvalidOperationException("no index");
        try
        {
            foreach (var kind in Enum.GetValues<QueryKind>())
            {
                var text = Queries.For(kind);
                var built = LuceneQuery.Build(SearchQueryParser.Parse(text, snapshot.Synonyms, prefixLastWord: false), snapshot.Vocabulary);
                var collectors = new double[3];
                for (var r = 0; r < Runs; r++)
                {
                    collectors[0] += Time(() => snapshot.Searcher.Search(built.Query, TopScoreDocCollector.Create(10, false)));
                    collectors[1] += Time(() => snapshot.Searcher.Search(built.Query, new ResultCollector(snapshot, -1, -1, 10, CancellationToken.None)));
                    collectors[2] += Time(() => snapshot.Searcher.Search(built.Query, new ResultCollector(snapshot, -1, -1, 0, CancellationToken.None)));
                }
                Console.WriteLine($"{kind}: Lucene top 10 {collectors[0] / Runs:F0} µs, service collector {collectors[1] / Runs:F0} µs, counting only {collectors[2] / Runs:F0} µs");

                var stages = new double[5];
                for (var r = 0; r < Runs; r++)
                {
                    LuceneQuery.Built query = null!;
                    ResultCollector collector = null!;
                    List<Lucene.Net.Documents.Document> documents = null!;
                    stages[0] += Time(() => query = LuceneQuery.Build(SearchQueryParser.Parse(text, snapshot.Synonyms, prefixLastWord: false), snapshot.Vocabulary));
                    stages[1] += Time(() =>
                    {
                        collector = new ResultCollector(snapshot, -1, -1, 10, CancellationToken.None);
                        snapshot.Searcher.Search(query.Query, collector);
                    });
                    stages[2] += Time(() => documents = collector.Best().Select(d => snapshot.Searcher.Doc(d)).ToList());
                    stages[3] += Time(() =>
                    {
                        foreach (var document in documents)
                        {
                            Snippets.Highlight(document.Get(SearchFields.Title, CultureInfo.InvariantCulture), query.Highlights);
                            Snippets.Cut(document.Get(SearchFields.Body, CultureInfo.InvariantCulture), query.Highlights);
                            Snippets.Cut(document.Get(SearchFields.Takeaway, CultureInfo.InvariantCulture), query.Highlights);
                        }
                    });
                    stages[4] += Time(() => store.Search.SearchAsync(new SearchRequest(text, PrefixLastWord: false)).GetAwaiter().GetResult());
                }
                Console.WriteLine($"{kind}: parse and build {stages[0] / Runs:F0} µs, collect {stages[1] / Runs:F0} µs, stored documents {stages[2] / Runs:F0} µs, "
                    + $"snippets {stages[3] / Runs:F0} µs; whole search {stages[4] / Runs:F0} µs");
            }
        }
        finally
        {
            snapshot.Release();
        }
        return 0;
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }
}
