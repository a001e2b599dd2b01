using System.Globalization;
using System.Text;

namespace LpipEvidence.Briefings;

/// <summary>Cleans and cuts the reader's own text (title and note) before it goes anywhere.</summary>
internal static class BriefingText
{
    private const string Ellipsis = "\u2026";

    /// <summary>
    /// One line: control and bidirectional-override characters removed, every run of white space (newlines too)
    /// made one space, trimmed, then cut at a word boundary to <paramref name="maxLength"/>. Null when nothing is left.
    /// </summary>
    public static string? CleanTitle(string? text, int maxLength, out bool truncated)
    {
        truncated = false;
        if (string.IsNullOrEmpty(text)) return null;
        var builder = new StringBuilder(Math.Min(text.Length, maxLength * 4));
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = true;
                continue;
            }
            if (IsStripped(rune)) continue;
            if (pendingSpace && builder.Length > 0) builder.Append(' ');
            pendingSpace = false;
            builder.Append(rune.ToString());
        }
        return Cut(builder.ToString(), maxLength, out truncated);
    }

    /// <summary>
    /// Several lines: CRLF, CR and Unicode line separators become <c>\n</c>; other white space becomes a space;
    /// control and bidirectional-override characters are removed; each line is trimmed at its end, at most one
    /// blank line is kept between paragraphs, and the whole is trimmed and cut at a word boundary to
    /// <paramref name="maxLength"/>. Null when nothing is left.
    /// </summary>
    public static string? CleanNote(string? text, int maxLength, out bool truncated)
    {
        truncated = false;
        if (string.IsNullOrEmpty(text)) return null;
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var line = new StringBuilder();
        var lines = new List<string>();
        foreach (var rune in normalised.EnumerateRunes())
        {
            if (rune.Value is '\n' or '\r' or 0x2028 or 0x2029 or 0x85)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                line.Append(' ');
            }
            else if (!IsStripped(rune))
            {
                line.Append(rune.ToString());
            }
        }
        lines.Add(line.ToString().TrimEnd());

        var builder = new StringBuilder(normalised.Length);
        var blank = 0;
        foreach (var l in lines)
        {
            if (l.Length == 0)
            {
                blank++;
                continue;
            }
            if (builder.Length > 0) builder.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            builder.Append(l);
        }
        return Cut(builder.ToString(), maxLength, out truncated);
    }

    /// <summary>Paragraphs of a cleaned note (split at blank lines), each a list of its lines.</summary>
    public static IEnumerable<string[]> Paragraphs(string note) =>
        note.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Characters that have no place in a title or note: controls, bidi overrides, BOM and non-characters.</summary>
    private static bool IsStripped(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control
        || rune.Value is >= 0x202A and <= 0x202E   // LRE, RLE, PDF, LRO, RLO
        || rune.Value is >= 0x2066 and <= 0x2069   // LRI, RLI, FSI, PDI
        || rune.Value is 0xFEFF or 0xFFFE or 0xFFFF;

    /// <summary>Trims, and cuts text longer than <paramref name="maxLength"/> at the last word boundary, adding an ellipsis within the limit.</summary>
    internal static string? Cut(string text, int maxLength, out bool truncated)
    {
        text = text.Trim();
        truncated = false;
        if (text.Length == 0) return null;
        if (text.Length <= maxLength) return text;

        truncated = true;
        var limit = maxLength - Ellipsis.Length;
        var cut = limit;
        if (!char.IsWhiteSpace(text[limit]))
        {
            var space = text.LastIndexOfAny([' ', '\n'], limit - 1);
            // A word boundary in the last half; otherwise one very long word is cut where it must be.
            if (space > limit / 2) cut = space;
        }
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut].TrimEnd() + Ellipsis;
    }
}
