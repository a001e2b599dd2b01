namespace LpipEvidence.Search.Indexing;

/// <summary>The one analyzer of the application, and word-level helpers built on it.</summary>
internal static class SearchAnalysis
{
    /// <summary>Shared by indexing and querying (an analyzer is thread-safe).</summary>
    public static EvidenceAnalyzer Analyzer { get; } = new();

    /// <summary>The stemmed form of text, as the searched fields index it ("councils" is "council").</summary>
    public static string Stem(string text) => string.Join(' ', Analyzer.Terms(SearchFields.Body, text));

    /// <summary>The stems of a sequence of words, in order.</summary>
    public static IReadOnlyList<string> Stems(IReadOnlyList<string> words) =>
        words.Count == 1 ? Analyzer.Terms(SearchFields.Body, words[0]) : Analyzer.Terms(SearchFields.Body, string.Join(' ', words));
}
