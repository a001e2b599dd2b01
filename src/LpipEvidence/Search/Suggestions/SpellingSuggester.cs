using LpipEvidence.Search.Querying;

namespace LpipEvidence.Search.Suggestions;

/// <summary>"Did you mean": replaces each word the index does not know with the closest word it does.</summary>
internal static class SpellingSuggester
{
    /// <summary>
    /// The query with unknown words corrected and how many were, or (null, 0) when there is nothing to correct.
    /// Words being completed as typed are left alone while some indexed word starts with them.
    /// </summary>
    public static (string? Text, int Corrections) Suggest(ParsedQuery parsed, Vocabulary vocabulary)
    {
        var replacements = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in parsed.Included.Where(u => u.IsSingleWord))
        {
            var word = unit.Words[0];
            if (vocabulary.DocumentsWith(word) > 0) continue;
            if (unit.Prefix && vocabulary.WithPrefix(word, 1).Count > 0) continue;
            if (vocabulary.Correct(word) is { } correction) replacements[unit.Source] = correction;
        }
        if (replacements.Count == 0) return (null, 0);
        var tokens = parsed.Text.Split(' ').Select(t => replacements.TryGetValue(t, out var c) ? c : t);
        return (string.Join(' ', tokens), replacements.Count);
    }
}
