using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace LpipEvidence.Search.Highlighting;

/// <summary>Turns marked text (see <see cref="Snippets"/>) into safe HTML: text encoded, matches wrapped in &lt;mark&gt;.</summary>
public static class Highlighter
{
    /// <summary>Put before a match; a control character, removed from the text before marking.</summary>
    public const string Open = "\u0002";

    /// <summary>Put after a match.</summary>
    public const string Close = "\u0003";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encodes <paramref name="marked"/> for HTML and turns the marks into &lt;mark&gt; elements.</summary>
    public static string ToHtml(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Open[0] && marked[i] != Close[0]) continue;
            html.Append(Encoder.Encode(marked[start..i]));
            if (i < marked.Length)
            {
                if (marked[i] == Open[0] && !open) { html.Append("<mark>"); open = true; }
                else if (marked[i] == Close[0] && open) { html.Append("</mark>"); open = false; }
            }
            start = i + 1;
        }
        if (open) html.Append("</mark>");
        return html.ToString();
    }

    /// <summary>Whether <paramref name="marked"/> has a marked match.</summary>
    public static bool HasMatch(string marked) => marked.Contains(Open, StringComparison.Ordinal);
}
