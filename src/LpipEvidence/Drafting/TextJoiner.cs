using System.Text;

namespace LpipEvidence.Drafting;

/// <summary>
/// Turns printed lines back into the text that was typeset: paragraphs, lines joined with a space, a compound broken
/// at its hyphen kept whole ("decision-" + "making" = "decision-making"), a sentence broken by a page, a column or a
/// box rejoined, ligatures and odd spaces normalised. Quotes are kept as printed.
/// </summary>
internal static class TextJoiner
{
    /// <summary>Paragraphs of <paramref name="lines"/>: each (line, whether the flow broke before it, for example at a page, column or box).</summary>
    public static List<string> Paragraphs(IReadOnlyList<(PdfLine Line, bool FlowBreak)> lines)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        PdfLine? previous = null;
        // How far right a full line of each region reaches: a paragraph's last line stops short of it.
        var measure = lines.GroupBy(l => (l.Line.Page, l.Line.Region)).ToDictionary(g => g.Key, g => g.Max(l => l.Line.Right));
        var steps = lines.Zip(lines.Skip(1))
            .Where(p => !p.Second.FlowBreak && p.First.Line.Page == p.Second.Line.Page && p.First.Line.Region == p.Second.Line.Region)
            .Select(p => p.First.Line.Top - p.Second.Line.Top).Where(d => d > 0).Order().ToList();
        double? pitch = steps.Count > 0 ? steps[steps.Count / 2] : null;
        foreach (var (line, flowBreak) in lines)
        {
            var text = Normalise(line.Text);
            if (text.Length == 0) continue;
            if (previous is not null)
            {
                bool newParagraph;
                if (flowBreak || previous.Page != line.Page || previous.Region != line.Region)
                {
                    // Across a break only a finished sentence on a short last line ends a paragraph.
                    var full = measure[(previous.Page, previous.Region)];
                    var shortLine = previous.Right < full - Math.Max(24, (full - previous.Left) * 0.12);
                    newParagraph = EndsSentence(current) && shortLine;
                }
                else
                {
                    // Paragraphs are set apart by more than the usual distance from one line to the next.
                    newParagraph = previous.Top - line.Top > 1.4 * (pitch ?? 1.45 * Math.Max(previous.FontSize, line.FontSize));
                }
                if (newParagraph)
                {
                    paragraphs.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    Join(current, text);
                    previous = line;
                    continue;
                }
            }
            current.Append(text);
            previous = line;
        }
        if (current.Length > 0) paragraphs.Add(current.ToString());
        return paragraphs;
    }

    /// <summary>Appends the next line of the same paragraph.</summary>
    public static void Join(StringBuilder text, string next)
    {
        if (text.Length == 0)
        {
            text.Append(next);
            return;
        }
        var last = text[^1];
        if (last == '\u00AD')
        {
            text.Length--; // a soft hyphen only marks where a word may break
        }
        else if (last is '-' or '\u2010' && text.Length > 1 && char.IsLetterOrDigit(text[^2]))
        {
            // The hyphen of a compound at a line end belongs to the word: "decision-making", "state-of-the-art".
        }
        else
        {
            text.Append(' ');
        }
        text.Append(next);
    }

    /// <summary>Ligatures as letters, every kind of space as a plain one, invisible characters gone, runs of spaces as one.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFB00': builder.Append("ff"); break;
                case '\uFB01' or '\uF001': builder.Append("fi"); break; // U+F001/F002: the private-use code points older fonts give their ligatures
                case '\uFB02' or '\uF002': builder.Append("fl"); break;
                case '\uFB03': builder.Append("ffi"); break;
                case '\uFB04': builder.Append("ffl"); break;
                case '\uFB05' or '\uFB06': builder.Append("st"); break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF': break;
                case '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' or '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool EndsSentence(StringBuilder text)
    {
        var end = text.ToString().TrimEnd('\'', '"', '\u2019', '\u201D', ')', ']');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or ':';
    }
}
