using System.Globalization;
using LpipEvidence.Search.Highlighting;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace LpipEvidence.Search.Ranking;

/// <summary>
/// The findings related to a finding: those that share its themes or say similar things, by meaning when the
/// generation has its vectors, otherwise by Lucene's MoreLikeThis over title, takeaway and text.
/// </summary>
internal static class RelatedFindings
{
    /// <summary>
    /// What each shared theme adds to the closeness in meaning of a related finding (a cosine, at most 1): more than
    /// any closeness, so findings sharing more themes come first, as before, and meaning orders them and fills the rest.
    /// </summary>
    public const float SharedThemeBonus = 1f;

    /// <summary>How much a shared theme counts against the similarity of the text in MoreLikeThis.</summary>
    private const float SharedThemeWeight = 2f;

    private static readonly Lazy<HashSet<string>> StemmedStopWords =
        new(() => StopWords.All.Select(SearchAnalysis.Stem).Concat(StopWords.All).ToHashSet(StringComparer.Ordinal));

    /// <summary>At most <paramref name="count"/> findings related to <paramref name="findingSlug"/>, best first; empty for an unknown slug.</summary>
    public static List<SimilarFinding> Find(IndexSnapshot snapshot, string findingSlug, int count, CancellationToken cancellationToken)
    {
        var searcher = snapshot.Searcher;
        var self = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Slug, findingSlug)), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Kind, SearchKinds.Finding)), Occur.MUST },
        };
        var found = searcher.Search(self, 1);
        if (found.TotalHits == 0) return [];
        var doc = found.ScoreDocs[0].Doc;

        var themes = snapshot.ThemesOf(doc).ToArray();
        if (snapshot.Vectors is { } vectors) return ByMeaning(snapshot, vectors, doc, themes, count, cancellationToken);

        var similar = new MoreLikeThis(snapshot.Reader)
        {
            Analyzer = SearchAnalysis.Analyzer,
            FieldNames = [SearchFields.Title, SearchFields.Takeaway, SearchFields.Body],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 3,
            MaxQueryTerms = 25,
            StopWords = StemmedStopWords.Value,
            ApplyBoost = true,
        };
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Kind, SearchKinds.Finding)), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Slug, findingSlug)), Occur.MUST_NOT },
            { similar.Like(doc), Occur.SHOULD },
        };
        foreach (var theme in themes)
        {
            query.Add(new TermQuery(new Term(SearchFields.Theme, snapshot.ThemeSlugs[theme])) { Boost = SharedThemeWeight }, Occur.SHOULD);
        }
        query.MinimumNumberShouldMatch = 1;

        var top = searcher.Search(query, count);
        var result = new List<SimilarFinding>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(Related(snapshot, hit.Doc, snapshot.ThemesOf(hit.Doc).ToArray().Where(t => Array.IndexOf(themes, t) >= 0), hit.Score));
        }
        return result;
    }

    /// <summary>
    /// Related findings by meaning: every other finding scored by how close its vectors' centre is to this one's,
    /// plus <see cref="SharedThemeBonus"/> for each theme they share; one that shares no theme needs at least
    /// <see cref="SearchService.MeaningFloor"/>.
    /// </summary>
    private static List<SimilarFinding> ByMeaning(IndexSnapshot snapshot, DocumentVectors vectors, int doc, int[] themes, int count, CancellationToken cancellationToken)
    {
        var centre = vectors.CentreOf(doc);
        var best = new PriorityQueue<(int Doc, int[] Shared), float>(count + 1);
        for (var other = 0; other < vectors.Count; other++)
        {
            if ((other & 4095) == 4095) cancellationToken.ThrowIfCancellationRequested();
            if (other == doc || !snapshot.IsFinding(other)) continue;
            var shared = snapshot.ThemesOf(other).ToArray().Where(t => Array.IndexOf(themes, t) >= 0).ToArray();
            var similarity = vectors.CentreSimilarity(centre, other);
            if (shared.Length == 0 && similarity < SearchService.MeaningFloor) continue;
            var score = similarity + SharedThemeBonus * shared.Length;
            if (best.Count < count) best.Enqueue((other, shared), score);
            else if (best.TryPeek(out _, out var worst) && score > worst) best.DequeueEnqueue((other, shared), score);
        }
        var result = new List<SimilarFinding>(best.Count);
        while (best.TryDequeue(out var found, out var score)) result.Add(Related(snapshot, found.Doc, found.Shared, score));
        result.Reverse();
        return result;
    }

    private static SimilarFinding Related(IndexSnapshot snapshot, int doc, IEnumerable<int> sharedThemes, float score)
    {
        var stored = snapshot.Searcher.Doc(doc);
        var slug = stored.Get(SearchFields.Slug, CultureInfo.InvariantCulture);
        return new SimilarFinding(slug, stored.Get(SearchFields.Title, CultureInfo.InvariantCulture), SearchKinds.Url(SearchKinds.Finding, slug),
            HitBuilder.ReviewOf(snapshot, stored.Get(SearchFields.Review, CultureInfo.InvariantCulture)),
            HitBuilder.ThemesOf(snapshot, sharedThemes.Select(t => snapshot.ThemeSlugs[t])), score);
    }
}
