namespace LpipEvidence.Search.Querying;

/// <summary>
/// Groups of words and phrases that mean the same thing ("R&amp;D" = "research and development"), applied when a
/// query is parsed. Entries are compared as word sequences, so punctuation and case do not matter, and, given a
/// stemmer, so do word endings: "councils" finds the group of "council". An acronym written in capitals that is
/// also a common word ("HE" for higher education, "IT") only counts when typed in capitals, and is never searched
/// for itself, since the text's "he" and "it" are the pronouns.
/// </summary>
public sealed class SynonymSet
{
    private readonly Dictionary<string, int> _groupOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _capitalsOnly = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<IReadOnlyList<string>>> _groups = [];
    private readonly Func<string, string> _normalise;

    /// <summary>An empty set.</summary>
    public static SynonymSet Empty { get; } = new([]);

    /// <summary>Builds the set from groups of entries as editors write them.</summary>
    /// <param name="groups">The groups.</param>
    /// <param name="normalise">How each word is compared (for example its stem); by default as it is, lower-cased.</param>
    public SynonymSet(IEnumerable<IReadOnlyList<string>> groups, Func<string, string>? normalise = null)
    {
        _normalise = normalise ?? (w => w);
        foreach (var group in groups)
        {
            var searched = new List<IReadOnlyList<string>>();
            var keys = new List<(string Key, bool CapitalsOnly)>();
            var longest = 0;
            foreach (var entry in group)
            {
                var words = SearchTokenizer.Tokenize(entry);
                if (words.Count == 0) continue;
                longest = Math.Max(longest, words.Count);
                var capitalsOnly = words.Count == 1 && StopWords.Contains(words[0]) && entry.Any(char.IsLetter) && entry.Where(char.IsLetter).All(char.IsUpper);
                keys.Add((Key(words), capitalsOnly));
                if (!capitalsOnly && !searched.Any(s => s.SequenceEqual(words))) searched.Add(words);
            }
            if (keys.Select(k => k.Key).Distinct(StringComparer.Ordinal).Count() < 2 || searched.Count == 0) continue;
            var index = _groups.Count;
            _groups.Add(searched);
            foreach (var (key, capitalsOnly) in keys)
            {
                if (!_groupOf.TryAdd(key, index)) continue;
                if (capitalsOnly) _capitalsOnly.Add(key);
            }
            MaxWords = Math.Max(MaxWords, longest);
        }
    }

    /// <summary>The longest entry, in words.</summary>
    public int MaxWords { get; }

    /// <summary>Number of groups.</summary>
    public int Count => _groups.Count;

    /// <summary>
    /// Every searchable entry of the group that <paramref name="words"/> belongs to, or null when it is in none.
    /// <paramref name="inCapitals"/> says whether the person typed them in capitals.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? Alternatives(IReadOnlyList<string> words, bool inCapitals = false)
    {
        var key = Key(words);
        if (!_groupOf.TryGetValue(key, out var index)) return null;
        if (_capitalsOnly.Contains(key) && !inCapitals) return null;
        return _groups[index];
    }

    /// <summary>Whether the words are an entry that must not be searched for itself (see the class summary).</summary>
    public bool IsCapitalsOnly(IReadOnlyList<string> words) => _capitalsOnly.Contains(Key(words));

    private string Key(IEnumerable<string> words) => string.Join(' ', words.Select(_normalise));
}
