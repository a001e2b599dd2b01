namespace LpipEvidence.Search.Querying;

/// <summary>
/// Words that carry no meaning on their own in a question ("how", "can", "the"): a plain query leaves them out
/// when it has other words, so "how can councils fund research?" searches for councils, fund and research.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could",
        "did", "do", "does", "doing", "for", "from", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "me", "might", "more", "most", "must", "my", "of", "on", "or", "our", "ours", "say", "says",
        "she", "should", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "to", "us", "was", "we", "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you",
        "your",
    };

    /// <summary>All of them, lower case.</summary>
    public static IReadOnlyCollection<string> All => Words;

    /// <summary>Whether <paramref name="word"/> (lower case) is one of them.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
