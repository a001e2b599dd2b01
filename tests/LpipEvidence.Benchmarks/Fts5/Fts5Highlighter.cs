// BASELINE: a copy of the FTS5 search of commit 695dd89 (before Lucene.NET), kept so that one benchmark run measures
// before and after side by side. Do not change its behaviour.
using LpipEvidence.Search;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace LpipEvidence.Benchmarks.Fts5;

/// <summary>Turns FTS5 highlight/snippet output into safe HTML: text encoded, matches wrapped in &lt;mark&gt;.</summary>
public static class Fts5Highlighter
{
    /// <summary>Marks FTS5 puts before a match; control characters cannot occur in indexed plain text.</summary>
    public const string Open = "\u0002";

    /// <summary>Marks FTS5 puts after a match.</summary>
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

    /// <summary>Whether FTS5 marked a match in <paramref name="marked"/>.</summary>
    public static bool HasMatch(string marked) => marked.Contains(Open, StringComparison.Ordinal);
}
