using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Meaning;

namespace LpipEvidence.Search.Ranking;

/// <summary>
/// Reciprocal rank fusion of results with some of the words and findings close in meaning: each list gives a
/// result 1 / (<see cref="K"/> + its rank), and a result in both lists adds both.
/// </summary>
internal static class Fusion
{
    /// <summary>How many of the results with some of the words are ranked again with meaning.</summary>
    public const int Window = 100;

    /// <summary>The constant of reciprocal rank fusion (the usual 60): larger values weigh the first ranks less.</summary>
    public const int K = 60;

    /// <summary>
    /// The results in their fused order: the first <see cref="Window"/> of <paramref name="byWords"/> and
    /// <paramref name="byMeaning"/> ranked together, then the rest of <paramref name="byWords"/> in its own order.
    /// <c>Words</c> says whether a result has any of the words.
    /// </summary>
    public static List<(int Doc, bool Words)> Order(IndexSnapshot snapshot, DocumentVectors vectors, QueryVector query,
        IReadOnlyList<int> byWords, IEnumerable<(int Doc, float Similarity)> byMeaning)
    {
        var candidates = byWords.Take(Window).Select((doc, rank) => (Doc: doc, Words: true, WordRank: rank + 1))
            .Concat(byMeaning.Select(c => (c.Doc, Words: false, WordRank: 0))).ToList();
        var meaningRank = candidates.OrderByDescending(c => vectors.Similarity(query, c.Doc) * snapshot.Weights[c.Doc]).ThenBy(c => c.Doc)
            .Select((c, rank) => (c.Doc, Rank: rank + 1)).ToDictionary(c => c.Doc, c => c.Rank);
        var head = candidates
            .Select(c => (c.Doc, c.Words, Score: (c.Words ? 1.0 / (K + c.WordRank) : 0) + 1.0 / (K + meaningRank[c.Doc])))
            .OrderByDescending(e => e.Score).ThenBy(e => e.Doc).Select(e => (e.Doc, e.Words));
        return [.. head, .. byWords.Skip(Window).Select(doc => (doc, true))];
    }
}
