using System.Diagnostics;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search;

namespace LpipEvidence.Benchmarks;

public static class ProfileProbe
{
    public static int Run(string[] args)
    {
        var findings = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        using var store = new Corpora.BenchStore(Corpora.EnsureStore(findings)).OpenIndex();
        var snapshot = store.Index.Acquire()!;
        foreach (var kind in Enum.GetValues<QueryKind>())
        {
            var q = Queries.For(kind);
            var t = new double[6];
            for (var r = 0; r < 300; r++)
            {
                var w = Stopwatch.StartNew();
                var parsed = SearchQueryParser.Parse(q, snapshot.Synonyms, false);
                var built = LuceneQuery.Build(parsed, snapshot.Vocabulary);
                t[0] += w.Elapsed.TotalMicroseconds; w.Restart();
                var c = new ResultCollector(snapshot, -1, -1, 10, CancellationToken.None);
                snapshot.Searcher.Search(built.Query, c);
                t[1] += w.Elapsed.TotalMicroseconds; w.Restart();
                var best = c.Best();
                var docs = best.Select(d => snapshot.Searcher.Doc(d)).ToList();
                t[2] += w.Elapsed.TotalMicroseconds; w.Restart();
                foreach (var d in docs)
                {
                    Snippets.Highlight(d.Get("title", System.Globalization.CultureInfo.InvariantCulture), built.Highlights);
                    Snippets.Cut(d.Get("body", System.Globalization.CultureInfo.InvariantCulture), built.Highlights);
                    Snippets.Cut(d.Get("takeaway", System.Globalization.CultureInfo.InvariantCulture), built.Highlights);
                }
                t[3] += w.Elapsed.TotalMicroseconds; w.Restart();
                var n = c.ReviewCounts.Count(x => x > 0);
                var list = new List<FacetCount>();
                for (var i = 0; i < c.ReviewCounts.Length; i++) if (c.ReviewCounts[i] > 0) list.Add(new FacetCount(snapshot.ReviewSlugs[i], snapshot.ReviewTitles[snapshot.ReviewSlugs[i]], c.ReviewCounts[i]));
                list.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Title, b.Title));
                t[4] += w.Elapsed.TotalMicroseconds; w.Restart();
                store.Search.SearchAsync(new SearchRequest(q, PrefixLastWord: false)).GetAwaiter().GetResult();
                t[5] += w.Elapsed.TotalMicroseconds;
            }
            var u = new double[3];
            var built2 = LuceneQuery.Build(SearchQueryParser.Parse(q, snapshot.Synonyms, false), snapshot.Vocabulary);
            var rewritten = snapshot.Searcher.Rewrite(built2.Query);
            for (var r = 0; r < 300; r++)
            {
                var w = Stopwatch.StartNew();
                var top = Lucene.Net.Search.TopScoreDocCollector.Create(10, false);
                snapshot.Searcher.Search(built2.Query, top);
                u[0] += w.Elapsed.TotalMicroseconds; w.Restart();
                var c = new ResultCollector(snapshot, -1, -1, 10, CancellationToken.None);
                snapshot.Searcher.Search(built2.Query, c);
                u[1] += w.Elapsed.TotalMicroseconds; w.Restart();
                var c0 = new ResultCollector(snapshot, -1, -1, 0, CancellationToken.None);
                snapshot.Searcher.Search(built2.Query, c0);
                u[2] += w.Elapsed.TotalMicroseconds;
            }
            Console.WriteLine($"{kind}: topdocs {u[0]/300:F0} ours {u[1]/300:F0} count-only {u[2]/300:F0} µs   rewritten: {rewritten.GetType().Name}");
            Console.WriteLine($"{kind}: parse+build {t[0]/300:F0} collect {t[1]/300:F0} docs {t[2]/300:F0} snippets {t[3]/300:F0} facets {t[4]/300:F0} | whole {t[5]/300:F0} µs");
        }
        return 0;
    }
}
