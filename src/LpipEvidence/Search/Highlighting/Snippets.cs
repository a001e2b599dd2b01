using LpipEvidence.Search.Indexing;

namespace LpipEvidence.Search.Highlighting;

/// <summary>
/// Marks the words of a result's text that the query matched, with <see cref="Highlighter.Open"/> and
/// <see cref="Highlighter.Close"/>, and cuts a snippet of about <see cref="SnippetWords"/> words around the most
/// matches. Text is analysed as it was indexed, so "evaluate" marks "evaluation" and a phrase is marked only where
/// its words stand together.
/// </summary>
internal static class Snippets
{
    /// <summary>Words in a snippet.</summary>
    public const int SnippetWords = 24;

    private const char Ellipsis = '…';

    /// <summary>A marked text or snippet, with which of the sequences it shows (by index).</summary>
    public sealed record Marked(string Text, IReadOnlySet<int> Shown)
    {
        public bool HasMatch => Shown.Count > 0;
    }

    /// <summary>The whole of <paramref name="text"/> with its matches marked.</summary>
    public static Marked Highlight(string text, IReadOnlyList<IReadOnlyList<string>> sequences) =>
        Cut(text, sequences, int.MaxValue);

    /// <summary>A window of <paramref name="words"/> words of <paramref name="text"/> showing the most matches, marked.</summary>
    public static Marked Cut(string text, IReadOnlyList<IReadOnlyList<string>> sequences, int words = SnippetWords)
    {
        text = text.Replace(Highlighter.Open[0], ' ').Replace(Highlighter.Close[0], ' ');
        var tokens = Tokens(text);
        var spans = Matches(tokens, sequences);

        var (first, last) = (0, tokens.Count - 1);
        if (tokens.Count > words)
        {
            (first, last) = BestWindow(tokens.Count, spans, words);
        }

        var start = first == 0 ? 0 : tokens[first].Start;
        var end = last >= tokens.Count - 1 ? text.Length : tokens[last].End;
        var result = new System.Text.StringBuilder(end - start + 16);
        if (start > 0) result.Append(Ellipsis);
        var position = start;
        var shown = new HashSet<int>();
        foreach (var span in spans)
        {
            if (span.First < first || span.Last > last) continue;
            var from = tokens[span.First].Start;
            var to = tokens[span.Last].End;
            if (from < position) continue;
            result.Append(text, position, from - position).Append(Highlighter.Open[0]).Append(text, from, to - from).Append(Highlighter.Close[0]);
            position = to;
            shown.Add(span.Sequence);
        }
        result.Append(text, position, end - position);
        if (end < text.Length) result.Append(Ellipsis);
        return new Marked(result.ToString(), shown);
    }

    private readonly record struct Token(string Term, int Start, int End);

    private readonly record struct Span(int First, int Last, int Sequence);

    /// <summary>
    /// The words of <paramref name="text"/> with their stems and places. Words are cut as <see cref="WordTokenizer"/>
    /// cuts them; each distinct word is analysed once and remembered (the vocabulary is bounded), because running
    /// the analyzer over every result's text is most of the cost of a page of results.
    /// </summary>
    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text, i);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var stem = StemOf(text.Substring(start, i - start));
            if (stem.Length > 0) tokens.Add(new Token(stem, start, i));
            start = -1;
        }
        return tokens;
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        // The second half of a surrogate pair belongs with the first; the pair is judged as one character.
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]) && char.IsLetterOrDigit(text, i - 1);
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLetterOrDigit(text, i);
        return System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
    }

    private const int MaxRemembered = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    private static string StemOf(string word)
    {
        if (Stems.TryGetValue(word, out var stem)) return stem;
        stem = SearchAnalysis.Stem(word);
        if (Stems.Count >= MaxRemembered) Stems.Clear();
        Stems[word] = stem;
        return stem;
    }

    /// <summary>Where each sequence occurs, in text order; at one place the longest sequence wins.</summary>
    private static List<Span> Matches(List<Token> tokens, IReadOnlyList<IReadOnlyList<string>> sequences)
    {
        var spans = new List<Span>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var best = -1;
            for (var s = 0; s < sequences.Count; s++)
            {
                var sequence = sequences[s];
                if (i + sequence.Count > tokens.Count || (best >= 0 && sequence.Count <= sequences[best].Count)) continue;
                var matches = true;
                for (var k = 0; k < sequence.Count && matches; k++) matches = tokens[i + k].Term == sequence[k];
                if (matches) best = s;
            }
            if (best < 0) continue;
            spans.Add(new Span(i, i + sequences[best].Count - 1, best));
            i += sequences[best].Count - 1;
        }
        return spans;
    }

    /// <summary>The window with the most different sequences, then the most matches; the earliest of equals.</summary>
    private static (int First, int Last) BestWindow(int count, List<Span> spans, int words)
    {
        if (spans.Count == 0) return (0, words - 1);
        var best = (First: 0, Distinct: -1, Matches: -1);
        foreach (var anchor in spans)
        {
            // Start a little before the match so it has some context, without running past the end.
            var first = Math.Clamp(anchor.First - 3, 0, count - words);
            var last = first + words - 1;
            var inside = spans.Where(s => s.First >= first && s.Last <= last).ToList();
            var distinct = inside.Select(s => s.Sequence).Distinct().Count();
            if (distinct > best.Distinct || (distinct == best.Distinct && inside.Count > best.Matches))
            {
                best = (first, distinct, inside.Count);
            }
        }
        return (best.First, best.First + words - 1);
    }
}
