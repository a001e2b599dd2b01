// BASELINE: a copy of the FTS5 search of commit 695dd89 (before Lucene.NET), kept so that one benchmark run measures
// before and after side by side. Do not change its behaviour.
using LpipEvidence.Search;
using LpipEvidence.Search.Querying;
namespace LpipEvidence.Benchmarks.Fts5;

/// <summary>
/// Groups of words and phrases that mean the same thing ("R&amp;D" = "research and development"), applied when a
/// query is parsed. Entries are compared as word sequences, so punctuation and case do not matter.
/// </summary>
public sealed class Fts5SynonymSet
{
    private readonly Dictionary<string, int> _groupOf = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<IReadOnlyList<string>>> _groups = [];

    /// <summary>An empty set.</summary>
    public static Fts5SynonymSet Empty { get; } = new([]);

    /// <summary>Builds the set from groups of entries as editors write them.</summary>
    public Fts5SynonymSet(IEnumerable<IReadOnlyList<string>> groups)
    {
        foreach (var group in groups)
        {
            var entries = group.Select(SearchTokenizer.Tokenize).Where(w => w.Count > 0).Distinct(WordsComparer.Instance).ToList();
            if (entries.Count < 2) continue;
            var index = _groups.Count;
            _groups.Add(entries);
            foreach (var entry in entries) _groupOf.TryAdd(Key(entry), index);
            MaxWords = Math.Max(MaxWords, entries.Max(e => e.Count));
        }
    }

    /// <summary>The longest entry, in words.</summary>
    public int MaxWords { get; }

    /// <summary>Number of groups.</summary>
    public int Count => _groups.Count;

    /// <summary>Every entry of the group that <paramref name="words"/> belongs to, or null when it is in none.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Alternatives(IReadOnlyList<string> words) =>
        _groupOf.TryGetValue(Key(words), out var index) ? _groups[index] : null;

    private static string Key(IEnumerable<string> words) => string.Join(' ', words);

    private sealed class WordsComparer : IEqualityComparer<List<string>>
    {
        public static readonly WordsComparer Instance = new();

        public bool Equals(List<string>? x, List<string>? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(List<string> obj) => Key(obj).GetHashCode(StringComparison.Ordinal);
    }
}
