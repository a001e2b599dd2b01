// BASELINE: a copy of the FTS5 search of commit 695dd89 (before Lucene.NET), kept so that one benchmark run measures
// before and after side by side. Do not change its behaviour.
using System.Globalization;
using System.Text;
using LpipEvidence.Search;
using LpipEvidence.Search.Querying;

namespace LpipEvidence.Benchmarks.Fts5;

/// <summary>
/// Parses the query language a person can use without knowing one: plain words (all must match, stemmed),
/// "exact phrases", -word to leave out, and prefix matching on the last word while typing. Hyphenated and
/// punctuated terms ("demand-pull", "R&amp;D") become phrases of their words, as they were indexed. Any input
/// is accepted; the result is either a safe FTS5 expression or a friendly problem.
/// </summary>
public static class Fts5QueryParser
{
    /// <summary>Longest query kept, in characters; longer ones are cut at a word boundary.</summary>
    public const int MaxLength = 200;

    /// <summary>Most words or phrases searched for at once.</summary>
    public const int MaxUnits = 12;

    private const int PrefixExpansions = 8;

    /// <summary>Parses <paramref name="input"/>.</summary>
    /// <param name="input">Anything at all.</param>
    /// <param name="synonyms">Synonym groups to expand.</param>
    /// <param name="vocabulary">Indexed words, for prefix completion of the last word.</param>
    /// <param name="prefixLastWord">Treat the last word as unfinished (search as you type).</param>
    public static Fts5ParsedQuery Parse(string? input, Fts5SynonymSet? synonyms = null, Fts5Vocabulary? vocabulary = null, bool prefixLastWord = true)
    {
        synonyms ??= Fts5SynonymSet.Empty;
        vocabulary ??= Fts5Vocabulary.Empty;
        var (text, truncated) = Clean(input ?? "");
        var raw = Lex(text);
        var units = Expand(raw, synonyms);
        if (units.Count > MaxUnits) units = units.Take(MaxUnits).ToList();

        var included = units.Where(u => !u.Excluded).ToList();
        if (included.Count == 0)
        {
            var problem = units.Count > 0
                ? "Add a word to search for: a search cannot be made only of words to leave out."
                : text.Length == 0 ? "Type a word or phrase to search for." : "Type a word or phrase to search for: letters or numbers, not only symbols.";
            return new Fts5ParsedQuery(text, null, units, truncated, problem);
        }

        var last = units[^1];
        var endsOpen = text.Length > 0 && !char.IsWhiteSpace(text[^1]) && text[^1] != '"';
        if (prefixLastWord && endsOpen && !last.Excluded && last.Alternatives.Count == 1 && raw[^1].Kind == RawKind.Word)
        {
            units[^1] = last with { Prefix = true };
        }

        return new Fts5ParsedQuery(text, BuildMatch(units, vocabulary), units, truncated, null);
    }

    /// <summary>An expression matching documents that contain any one of the included units (for the fallback when all of them find nothing).</summary>
    public static string? AnyOf(IEnumerable<Fts5QueryUnit> units, Fts5Vocabulary? vocabulary = null)
    {
        var included = units.Where(u => !u.Excluded && !(u.IsSingleWord && StopWords.Contains(u.Words[0]))).ToList();
        if (included.Count == 0) return null;
        return string.Join(" OR ", included.Select(u => Unit(u, vocabulary ?? Fts5Vocabulary.Empty)));
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "in",
        "is", "it", "of", "on", "or", "say", "says", "should", "that", "the", "this", "to", "was", "we", "what", "when",
        "where", "which", "who", "why", "will", "with",
    };

    private static (string Text, bool Truncated) Clean(string input)
    {
        var builder = new StringBuilder(Math.Min(input.Length, MaxLength * 2));
        var lastWasSpace = true;
        foreach (var rune in input.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue; // invisible: direction marks, joiners
            }
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control or UnicodeCategory.Surrogate)
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(rune.ToString());
            lastWasSpace = false;
            if (builder.Length > MaxLength * 2) break;
        }

        var text = builder.ToString().TrimStart();
        if (text.Length <= MaxLength) return (text, false);
        var cut = text.LastIndexOf(' ', MaxLength);
        if (cut < MaxLength / 2) cut = MaxLength;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return (text[..cut].TrimEnd(), true);
    }

    private enum RawKind { Word, Phrase }

    private sealed record RawPart(RawKind Kind, string Text, bool Excluded);

    private static List<RawPart> Lex(string text)
    {
        var parts = new List<RawPart>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ') { i++; continue; }
            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && text[i + 1] != ' ' && text[i + 1] != '-')
            {
                excluded = true;
                i++;
            }
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                parts.Add(new RawPart(RawKind.Phrase, phrase, excluded));
                i = end < 0 ? text.Length : end + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && text[i] != ' ' && text[i] != '"') i++;
            parts.Add(new RawPart(RawKind.Word, text[start..i], excluded));
        }
        return parts.Where(p => SearchTokenizer.Tokenize(p.Text).Count > 0).ToList();
    }

    /// <summary>Turns lexed parts into units, merging runs of plain words that form a synonym entry.</summary>
    private static List<Fts5QueryUnit> Expand(List<RawPart> parts, Fts5SynonymSet synonyms)
    {
        var units = new List<Fts5QueryUnit>();
        var i = 0;
        while (i < parts.Count)
        {
            var part = parts[i];
            var consumed = 1;
            IReadOnlyList<IReadOnlyList<string>>? alternatives = null;
            if (part.Kind == RawKind.Word && !part.Excluded && synonyms.Count > 0)
            {
                // Longest run of plain words that is a synonym entry, e.g. "research and development".
                var words = new List<string>();
                for (var n = 0; i + n < parts.Count && parts[i + n].Kind == RawKind.Word && !parts[i + n].Excluded; n++)
                {
                    words.AddRange(SearchTokenizer.Tokenize(parts[i + n].Text));
                    if (words.Count > synonyms.MaxWords) break;
                    if (synonyms.Alternatives(words) is { } found)
                    {
                        alternatives = found;
                        consumed = n + 1;
                    }
                }
            }

            var typed = SearchTokenizer.Tokenize(part.Text);
            alternatives ??= synonyms.Alternatives(typed);
            var source = string.Join(' ', parts.Skip(i).Take(consumed).Select(p => p.Kind == RawKind.Phrase ? $"\"{p.Text}\"" : p.Text));
            var own = consumed == 1 ? typed : parts.Skip(i).Take(consumed).SelectMany(p => SearchTokenizer.Tokenize(p.Text)).ToList();
            var all = new List<IReadOnlyList<string>> { own };
            if (alternatives is not null) all.AddRange(alternatives.Where(a => !a.SequenceEqual(own)));
            units.Add(new Fts5QueryUnit(all, part.Excluded, false, part.Excluded ? "-" + source : source));
            i += consumed;
        }
        return units;
    }

    private static string BuildMatch(List<Fts5QueryUnit> units, Fts5Vocabulary vocabulary)
    {
        var include = string.Join(" AND ", units.Where(u => !u.Excluded).Select(u => Unit(u, vocabulary)));
        var exclude = units.Where(u => u.Excluded).Select(u => Unit(u, vocabulary)).ToList();
        return exclude.Count == 0 ? include : $"({include}) NOT ({string.Join(" OR ", exclude)})";
    }

    /// <summary>One unit as FTS5 syntax: each alternative a quoted phrase of letters and digits only.</summary>
    private static string Unit(Fts5QueryUnit unit, Fts5Vocabulary vocabulary)
    {
        var options = unit.Alternatives.Select(Quote).ToList();
        // A last word that is already a whole indexed word is taken as finished: stemming already matches its other
        // forms, and completing it ("policy" to "policymakers") would mostly add noise and cost.
        if (unit.Prefix && !(unit.IsSingleWord && vocabulary.DocumentsWith(unit.Words[0]) > 0))
        {
            var phrase = Quote(unit.Words);
            options.Add(phrase + "*");
            if (unit.IsSingleWord && unit.Words[0].Length >= 2)
            {
                // The index is stemmed, so "benchmarkin"* cannot reach "benchmark": complete from the unstemmed vocabulary.
                options.AddRange(vocabulary.WithPrefix(unit.Words[0], PrefixExpansions).Select(w => Quote([w])));
            }
        }
        options = options.Distinct(StringComparer.Ordinal).ToList();
        return options.Count == 1 ? options[0] : "(" + string.Join(" OR ", options) + ")";
    }

    private static string Quote(IReadOnlyList<string> words) => "\"" + string.Join(' ', words) + "\"";
}
