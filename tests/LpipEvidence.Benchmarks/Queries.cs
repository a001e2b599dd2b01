using LpipEvidence.Benchmarks.Corpus;

namespace LpipEvidence.Benchmarks;

/// <summary>The kinds of query measured.</summary>
public enum QueryKind
{
    /// <summary>One common word: the content word of Zipf rank 12 (in roughly 40% of findings).</summary>
    OneCommon,

    /// <summary>One rare word: the content word of Zipf rank 1500 (in well under 1% of findings).</summary>
    OneRare,

    /// <summary>Two words: ranks 6 and 150, a very common word narrowed by a less common one.</summary>
    TwoWords,

    /// <summary>Three words: ranks 25, 300 and 900, common to rare.</summary>
    ThreeWords,

    /// <summary>An exact two-word phrase that findings repeat: "knowledge exchange".</summary>
    Phrase,
}

/// <summary>The query text for each kind, chosen deterministically from the corpus vocabulary.</summary>
public static class Queries
{
    // Words that the shipped synonyms expand: left out so that every engine searches for the same words.
    private static readonly HashSet<string> SynonymWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "devolution", "devolving", "decentralising", "decentralisation", "sme", "smes", "stem", "lpip", "ukri", "lep", "leps", "mca",
    };

    /// <summary>The query text of <paramref name="kind"/>.</summary>
    public static string For(QueryKind kind)
    {
        var words = PolicyWords.Ranked(Corpora.Seed);
        return kind switch
        {
            QueryKind.OneCommon => WordAt(words, 12),
            QueryKind.OneRare => WordAt(words, 1500),
            QueryKind.TwoWords => $"{WordAt(words, 6)} {WordAt(words, 150)}",
            QueryKind.ThreeWords => $"{WordAt(words, 25)} {WordAt(words, 300)} {WordAt(words, 900)}",
            QueryKind.Phrase => "\"knowledge exchange\"",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>The first plain lower-case word at or after Zipf rank <paramref name="rank"/> (1-based).</summary>
    private static string WordAt(IReadOnlyList<string> words, int rank)
    {
        for (var i = rank - 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word.All(char.IsAsciiLetterLower) && !SynonymWords.Contains(word)) return word;
        }
        throw new InvalidOperationException($"no plain word at or after rank {rank}");
    }
}
