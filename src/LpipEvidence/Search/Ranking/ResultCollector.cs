using LpipEvidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LpipEvidence.Search.Ranking;

/// <summary>
/// Collects every match of a query in one pass: applies the review and theme filters, counts the total and the
/// facets from the in-memory maps of <see cref="IndexSnapshot"/>, and keeps the best <c>keep</c> matches by score
/// times their kind's weight, ties going to the earlier document (kind, then slug). Checks the cancellation token
/// every 1,024 matches, so a search over its time budget stops.
/// </summary>
internal sealed class ResultCollector : ICollector
{
    private readonly IndexSnapshot _index;
    private readonly int[] _reviews;
    private readonly int[] _themeStarts;
    private readonly int[] _themes;
    private readonly float[] _weights;
    private readonly int _review;
    private readonly int _theme;
    private readonly int _keep;
    private readonly CancellationToken _cancellationToken;
    private readonly PriorityQueue<int, (float Score, int Doc)> _best;
    private Scorer? _scorer;
    private int _docBase;
    private int _seen;
    private (float Score, int Doc) _worst;

    /// <param name="index">The snapshot searched.</param>
    /// <param name="review">Only this review's number; -1 for any; -2 matches nothing (an unknown slug).</param>
    /// <param name="theme">Only this theme's number, with the same conventions.</param>
    /// <param name="keep">How many of the best matches to keep (0 to count only).</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public ResultCollector(IndexSnapshot index, int review, int theme, int keep, CancellationToken cancellationToken)
    {
        _index = index;
        (_reviews, _themeStarts, _themes, _weights) = (index.Reviews, index.ThemeStarts, index.Themes, index.Weights);
        _review = review;
        _theme = theme;
        _keep = keep;
        _cancellationToken = cancellationToken;
        _best = new PriorityQueue<int, (float, int)>(Math.Min(keep, 1024) + 1, WorseFirst.Instance);
        ReviewCounts = new int[index.ReviewSlugs.Length];
        ThemeCounts = new int[index.ThemeSlugs.Length];
    }

    /// <summary>When set, which documents matched (and passed the filters): search by meaning leaves them to the words.</summary>
    public System.Collections.BitArray? Matched { get; init; }

    /// <summary>Matches that passed the filters.</summary>
    public int Total { get; private set; }

    /// <summary>Matches that are findings.</summary>
    public int Findings { get; private set; }

    /// <summary>Matches per review number.</summary>
    public int[] ReviewCounts { get; }

    /// <summary>Matches per theme number.</summary>
    public int[] ThemeCounts { get; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        if ((++_seen & 1023) == 0) _cancellationToken.ThrowIfCancellationRequested();
        var id = _docBase + doc;
        var review = _reviews[id];
        if (_review != -1 && review != _review) return;
        int first = _themeStarts[id], end = _themeStarts[id + 1];
        if (_theme != -1 && Array.IndexOf(_themes, _theme, first, end - first) < 0) return;
        Total++;
        if (_index.IsFinding(id)) Findings++;
        Matched?.Set(id, true);
        if (review >= 0) ReviewCounts[review]++;
        for (var t = first; t < end; t++) ThemeCounts[_themes[t]]++;
        if (_keep == 0) return;

        var score = _scorer!.GetScore() * _weights[id];
        if (_best.Count < _keep)
        {
            _best.Enqueue(id, (score, id));
            if (_best.Count == _keep) _worst = PeekPriority();
        }
        else if (score > _worst.Score || (score == _worst.Score && id < _worst.Doc))
        {
            _best.DequeueEnqueue(id, (score, id));
            _worst = PeekPriority();
        }
    }

    /// <summary>Counts a result added from elsewhere (search by meaning) in the total and the facets.</summary>
    public void Count(int id)
    {
        Total++;
        if (_reviews[id] >= 0) ReviewCounts[_reviews[id]]++;
        for (var t = _themeStarts[id]; t < _themeStarts[id + 1]; t++) ThemeCounts[_themes[t]]++;
    }

    /// <summary>The kept matches, best first.</summary>
    public IReadOnlyList<int> Best()
    {
        var result = new int[_best.Count];
        for (var i = result.Length - 1; i >= 0; i--) result[i] = _best.Dequeue();
        return result;
    }

    private (float Score, int Doc) PeekPriority()
    {
        _best.TryPeek(out _, out var priority);
        return priority;
    }

    /// <summary>Orders the heap so the worst kept match is on top: lower score, then the later document.</summary>
    private sealed class WorseFirst : IComparer<(float Score, int Doc)>
    {
        public static readonly WorseFirst Instance = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }
}
