namespace LpipEvidence.Search.Ranking;

/// <summary>The facet values shown beside results: the most frequent few, named and sorted.</summary>
internal static class Facets
{
    /// <summary>Most values listed per facet.</summary>
    public const int MaxValues = 50;

    /// <summary>
    /// The <see cref="MaxValues"/> values with the most results, most first (equal counts by title). Only those
    /// are named and sorted: with thousands of reviews, naming every one would cost more than the search itself, and
    /// a list that long helps nobody narrow their results. A selected filter value carries every result, so it is
    /// always among them.
    /// </summary>
    public static List<FacetCount> Top(int[] counts, string[] slugs, IReadOnlyDictionary<string, string> titles)
    {
        var top = new PriorityQueue<int, (int Count, int Index)>(MaxValues + 1, FewerFirst.Instance);
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0) continue;
            if (top.Count < MaxValues) top.Enqueue(i, (counts[i], i));
            else if (top.TryPeek(out _, out var least) && counts[i] > least.Count) top.DequeueEnqueue(i, (counts[i], i));
        }
        var facets = new List<FacetCount>(top.Count);
        while (top.TryDequeue(out var i, out _)) facets.Add(new FacetCount(slugs[i], titles.GetValueOrDefault(slugs[i], slugs[i]), counts[i]));
        facets.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Title, b.Title));
        return facets;
    }

    /// <summary>Keeps the facet value with the fewest results on top of the heap (the next to drop).</summary>
    private sealed class FewerFirst : IComparer<(int Count, int Index)>
    {
        public static readonly FewerFirst Instance = new();

        public int Compare((int Count, int Index) x, (int Count, int Index) y) => x.Count.CompareTo(y.Count);
    }
}
