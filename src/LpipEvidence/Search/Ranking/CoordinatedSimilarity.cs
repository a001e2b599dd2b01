using Lucene.Net.Search.Similarities;

namespace LpipEvidence.Search.Ranking;

/// <summary>
/// BM25 (k1 1.2, b 0.75) with coordination: a result that matches more of a query's words scores higher, in
/// proportion. BM25 alone ignores it, so a result with one rare word could outrank one with every word. Only
/// the query's top level uses it; each word's alternatives (fields, synonyms) are combined without it.
/// </summary>
internal sealed class CoordinatedSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
}
