using System.Text;

namespace LpipEvidence.Content;

/// <summary>Text made fit for XML 1.0, for documents and feeds written from content and readers' input.</summary>
internal static class XmlSafeText
{
    /// <summary>Removes characters XML 1.0 cannot hold (controls other than tab and newline, U+FFFE/U+FFFF); a lone surrogate becomes U+FFFD.</summary>
    public static string Safe(string text)
    {
        if (text.All(c => !char.IsControl(c) && !char.IsSurrogate(c) && c < '\uFFFE')) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && char.IsControl((char)rune.Value) && rune.Value is not ('\t' or '\n')) continue;
            if (rune.Value is 0xFFFE or 0xFFFF) continue;
            builder.Append(rune.ToString());
        }
        return builder.ToString();
    }
}
