// BASELINE: a copy of the FTS5 search of commit 695dd89 (before Lucene.NET), kept so that one benchmark run measures
// before and after side by side. Do not change its behaviour.
using LpipEvidence.Search;
using LpipEvidence.Search.Suggestions;
namespace LpipEvidence.Benchmarks.Fts5;

/// <summary>
/// The words of the indexed text (unstemmed, from the FTS5 vocabulary table) with how many documents use each:
/// what prefix completion and "Did you mean" draw on.
/// </summary>
public sealed class Fts5Vocabulary
{
    private readonly string[] _terms;
    private readonly int[] _documents;
    private readonly Dictionary<string, int> _index;

    /// <summary>An empty vocabulary.</summary>
    public static Fts5Vocabulary Empty { get; } = new([]);

    /// <summary>Builds the vocabulary from (term, document count) pairs.</summary>
    public Fts5Vocabulary(IEnumerable<(string Term, int Documents)> terms)
    {
        var sorted = terms.Where(t => t.Term.Length > 0).OrderBy(t => t.Term, StringComparer.Ordinal).ToArray();
        _terms = sorted.Select(t => t.Term).ToArray();
        _documents = sorted.Select(t => t.Documents).ToArray();
        _index = new Dictionary<string, int>(_terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < _terms.Length; i++) _index[_terms[i]] = i;
    }

    /// <summary>Number of distinct words.</summary>
    public int Count => _terms.Length;

    /// <summary>How many documents use <paramref name="term"/> (0 when none).</summary>
    public int DocumentsWith(string term) => _index.TryGetValue(term, out var i) ? _documents[i] : 0;

    /// <summary>The most used words that start with <paramref name="prefix"/>, most used first.</summary>
    public IReadOnlyList<string> WithPrefix(string prefix, int limit)
    {
        var start = Array.BinarySearch(_terms, prefix, StringComparer.Ordinal);
        if (start < 0) start = ~start;
        var matches = new List<int>();
        for (var i = start; i < _terms.Length && _terms[i].StartsWith(prefix, StringComparison.Ordinal); i++) matches.Add(i);
        return matches.OrderByDescending(i => _documents[i]).ThenBy(i => _terms[i], StringComparer.Ordinal)
            .Take(limit).Select(i => _terms[i]).ToList();
    }

    /// <summary>
    /// The closest known word to a word that is not known: the smallest edit distance (1 for words of up to five
    /// letters, 2 for longer), then the most used. Null when the word is known or nothing is close.
    /// </summary>
    public string? Correct(string word)
    {
        if (word.Length < 3 || _index.ContainsKey(word) || word.All(char.IsDigit)) return null;
        var limit = word.Length <= 5 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestDocuments = 0;
        for (var i = 0; i < _terms.Length; i++)
        {
            var term = _terms[i];
            if (Math.Abs(term.Length - word.Length) > limit || term.Length < 3) continue;
            var distance = EditDistance.Bounded(word, term, Math.Min(limit, bestDistance));
            if (distance < 0) continue;
            if (distance < bestDistance || (distance == bestDistance && _documents[i] > bestDocuments))
            {
                best = term;
                bestDistance = distance;
                bestDocuments = _documents[i];
            }
        }
        return best;
    }
}
