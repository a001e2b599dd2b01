using System.Globalization;
using System.Text;

namespace LpipEvidence.Search.Querying;

/// <summary>
/// Parses the query language a person can use without knowing one: plain words or a question in plain English
/// (the meaningful words are searched for and results with more of them rank higher), "exact phrases", -word to
/// leave a word out, AND, OR and NOT in capitals as operators, and prefix matching on the last word while typing.
/// Hyphenated and punctuated terms ("demand-pull", "R&amp;D") become phrases of their words, as they were indexed.
/// Any input is accepted; the result is either something to search for or a friendly problem.
/// </summary>
public static class SearchQueryParser
{
    /// <summary>Longest query kept, in characters; longer ones are cut at a word boundary.</summary>
    public const int MaxLength = 200;

    /// <summary>Most words or phrases searched for at once.</summary>
    public const int MaxUnits = 12;

    /// <summary>Parses <paramref name="input"/>.</summary>
    /// <param name="input">Anything at all.</param>
    /// <param name="synonyms">Synonym groups to expand.</param>
    /// <param name="prefixLastWord">Treat the last word as unfinished (search as you type).</param>
    public static ParsedQuery Parse(string? input, SynonymSet? synonyms = null, bool prefixLastWord = true)
    {
        synonyms ??= SynonymSet.Empty;
        var (text, truncated) = Clean(input ?? "");
        var parts = Lex(text);
        var items = Expand(parts, synonyms);
        var usesOperators = items.Any(i => i.Operator is not null);
        var clauses = Combine(items, usesOperators);
        var units = 0;
        clauses = clauses.TakeWhile(c => (units += c.AnyOf.Count) <= MaxUnits).ToList();

        if (!clauses.Any(c => c.Occur != QueryOccur.Excluded))
        {
            var problem = clauses.Count > 0 ? "Add a word to search for: a search cannot be made only of words to leave out."
                : text.Length == 0 ? "Type a word or phrase to search for."
                : usesOperators ? "Type a word or phrase to search for: AND, OR and NOT only join words."
                : "Type a word or phrase to search for: letters or numbers, not only symbols.";
            return new ParsedQuery(text, clauses, 0, usesOperators, truncated, problem);
        }

        // The last word is unfinished while typing, unless a space or a closing quote ended it.
        var endsOpen = text.Length > 0 && !char.IsWhiteSpace(text[^1]) && text[^1] != '"';
        var last = items.LastOrDefault(i => i.Unit is not null);
        if (prefixLastWord && endsOpen && last is { Phrase: false, Excluded: false, Unit.Alternatives.Count: 1 } && ReferenceEquals(last, items[^1]))
        {
            clauses = clauses.Select(c => c with { AnyOf = c.AnyOf.Select(u => ReferenceEquals(u, last.Unit) ? u with { Prefix = true } : u).ToList() }).ToList();
        }

        if (!usesOperators) clauses = DropStopWords(clauses);
        var optional = clauses.Count(c => c.Occur == QueryOccur.Optional);
        return new ParsedQuery(text, clauses, MinimumShouldMatch(optional), usesOperators, truncated, null);
    }

    /// <summary>
    /// How many of <paramref name="optional"/> meaningful words a result needs: all of one or two, then about two
    /// thirds (2 of 3, 3 of 4, 4 of 6), so a question finds the results that answer most of it.
    /// </summary>
    public static int MinimumShouldMatch(int optional) => optional <= 2 ? optional : (int)Math.Ceiling(optional * 2 / 3.0);

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

    private enum PartKind { Word, Phrase, Operator }

    private sealed record Part(PartKind Kind, string Text, bool Excluded);

    private static List<Part> Lex(string text)
    {
        var parts = new List<Part>();
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
                parts.Add(new Part(PartKind.Phrase, phrase, excluded));
                i = end < 0 ? text.Length : end + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && text[i] != ' ' && text[i] != '"') i++;
            var word = text[start..i];
            parts.Add(new Part(!excluded && word is "AND" or "OR" or "NOT" ? PartKind.Operator : PartKind.Word, word, excluded));
        }
        return parts.Where(p => p.Kind == PartKind.Operator || SearchTokenizer.Tokenize(p.Text).Count > 0).ToList();
    }

    /// <summary>A unit to search for, or an operator, in the order typed.</summary>
    private sealed record Item(QueryUnit? Unit, bool Excluded, bool Phrase, string? Operator);

    /// <summary>Turns lexed parts into units, merging runs of plain words that form a synonym entry.</summary>
    private static List<Item> Expand(List<Part> parts, SynonymSet synonyms)
    {
        var items = new List<Item>();
        var i = 0;
        while (i < parts.Count)
        {
            var part = parts[i];
            if (part.Kind == PartKind.Operator)
            {
                items.Add(new Item(null, false, false, part.Text));
                i++;
                continue;
            }
            var consumed = 1;
            IReadOnlyList<IReadOnlyList<string>>? alternatives = null;
            if (part.Kind == PartKind.Word && !part.Excluded && synonyms.Count > 0)
            {
                // Longest run of plain words that is a synonym entry, e.g. "research and development".
                var words = new List<string>();
                for (var n = 0; i + n < parts.Count && parts[i + n].Kind == PartKind.Word && !parts[i + n].Excluded; n++)
                {
                    words.AddRange(SearchTokenizer.Tokenize(parts[i + n].Text));
                    if (words.Count > synonyms.MaxWords) break;
                    if (synonyms.Alternatives(words, InCapitals(parts, i, n + 1)) is { } found)
                    {
                        alternatives = found;
                        consumed = n + 1;
                    }
                }
            }

            var source = string.Join(' ', parts.Skip(i).Take(consumed).Select(p => p.Kind == PartKind.Phrase ? $"\"{p.Text}\"" : p.Text));
            var own = parts.Skip(i).Take(consumed).SelectMany(p => SearchTokenizer.Tokenize(p.Text)).ToList();
            var all = new List<IReadOnlyList<string>>();
            // An acronym that is also a common word ("HE") is searched for only through what it stands for.
            if (alternatives is null || !synonyms.IsCapitalsOnly(own)) all.Add(own);
            if (alternatives is not null) all.AddRange(alternatives.Where(a => !a.SequenceEqual(own)));
            items.Add(new Item(new QueryUnit(all, false, part.Excluded ? "-" + source : source), part.Excluded, part.Kind == PartKind.Phrase, null));
            i += consumed;
        }
        return items;
    }

    private static bool InCapitals(List<Part> parts, int start, int count)
    {
        var letters = parts.Skip(start).Take(count).SelectMany(p => p.Text).Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.All(char.IsUpper);
    }

    /// <summary>
    /// Clauses from units and operators. Without operators, words are optional and phrases required. With them,
    /// every clause is required, NOT leaves the next unit out, and OR joins its neighbours into one clause (so
    /// "skills OR talent clusters" is (skills OR talent) AND clusters). Operators with nothing to act on are ignored.
    /// </summary>
    private static List<QueryClause> Combine(List<Item> items, bool usesOperators)
    {
        var clauses = new List<(List<QueryUnit> Units, QueryOccur Occur)>();
        var negateNext = false;
        var joinNext = false;
        foreach (var item in items)
        {
            if (item.Operator is { } op)
            {
                if (op == "NOT") negateNext = true;
                else if (op == "OR") joinNext = clauses.Count > 0 && clauses[^1].Occur != QueryOccur.Excluded;
                continue;
            }

            var unit = item.Unit!;
            var excluded = item.Excluded || negateNext;
            if (joinNext && !excluded)
            {
                clauses[^1].Units.Add(unit);
            }
            else
            {
                var occur = excluded ? QueryOccur.Excluded
                    : usesOperators || item.Phrase ? QueryOccur.Required
                    : QueryOccur.Optional;
                clauses.Add(([unit], occur));
            }
            negateNext = false;
            joinNext = false;
        }
        return clauses.Select(c => new QueryClause(c.Units, c.Occur)).ToList();
    }

    /// <summary>Leaves out optional words that carry no meaning, unless nothing else would be left to search for.</summary>
    private static List<QueryClause> DropStopWords(List<QueryClause> clauses)
    {
        static bool IsStopWord(QueryClause c) =>
            c.Occur == QueryOccur.Optional && c.AnyOf.Count == 1 && c.AnyOf[0] is { IsSingleWord: true, Prefix: false } u && StopWords.Contains(u.Words[0]);
        var kept = clauses.Where(c => !IsStopWord(c)).ToList();
        return kept.Any(c => c.Occur != QueryOccur.Excluded) ? kept : clauses;
    }
}
