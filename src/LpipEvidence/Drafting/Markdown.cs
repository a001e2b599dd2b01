using System.Text.RegularExpressions;

namespace LpipEvidence.Drafting;

/// <summary>Printed text made safe to write as Markdown, so that it renders as the words printed and nothing else.</summary>
internal static partial class Markdown
{
    /// <summary>
    /// Escapes the characters that would start emphasis, code, a link or raw HTML, and a paragraph start that would make a
    /// heading, a list or a quote. Text without them (the usual case) is returned unchanged.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = Inline().Replace(text, @"\$0");
        return BlockStart().Replace(escaped, m => m.Value.Length > 0 && char.IsDigit(m.Value[0]) ? m.Value[..^1] + "\\" + m.Value[^1] : "\\" + m.Value);
    }

    [GeneratedRegex(@"[\\`*_<>\[\]]")]
    private static partial Regex Inline();

    [GeneratedRegex(@"^(#|[-+](?= )|\d{1,9}[.)](?= |$))")]
    private static partial Regex BlockStart();
}
