using System.Text;
using LpipEvidence.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LpipEvidence.Credits;

/// <summary>
/// A piece of running text: plain, italic (a title, optionally linked to <see cref="Url"/>), a link, or a reference
/// to a licence. Pages, the print footer and the Markdown and Word writers all render the same segments, so every
/// medium says the same words; only how a link is shown differs (see <see cref="ForPaper"/>).
/// </summary>
/// <param name="Text">The words shown.</param>
/// <param name="Kind">How they are shown.</param>
/// <param name="Url">Where a link, licence reference or linked title points; may be site-relative for a title.</param>
public sealed record TextSegment(string Text, SegmentKind Kind = SegmentKind.Plain, string? Url = null)
{
    /// <summary>Italic text, such as a title; on a web page a <c>&lt;cite&gt;</c>, linked when <paramref name="url"/> is given.</summary>
    public static TextSegment Italic(string text, string? url = null) => new(text, SegmentKind.Italic, url);

    /// <summary>A link that shows its own address.</summary>
    public static TextSegment Link(string url) => new(url, SegmentKind.Link, url);

    /// <summary>
    /// The segments as they go on paper or into a document, where nobody can follow a link by its words: a licence
    /// reference becomes its words followed by its address (<c>CC BY-NC, https://…</c>); a title keeps only its
    /// italics when its address is not an absolute web address.
    /// </summary>
    public static IEnumerable<TextSegment> ForPaper(IEnumerable<TextSegment> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.Kind != SegmentKind.LicenceLink)
            {
                yield return segment;
                continue;
            }
            if (!IsLinkable(segment.Url))
            {
                yield return new TextSegment(segment.Text);
                continue;
            }
            if (segment.Text != segment.Url) yield return new TextSegment(segment.Text + ", ");
            yield return Link(segment.Url!);
        }
    }

    /// <summary>
    /// The segments of one line of trusted content Markdown (a citation): emphasis becomes italic, autolinks and
    /// links with a safe absolute URL become links, everything else plain text.
    /// </summary>
    internal static IReadOnlyList<TextSegment> FromMarkdown(string markdown)
    {
        var segments = new List<TextSegment>();
        var document = MarkdownRenderer.Default.Parse(markdown.Trim());
        var first = true;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            if (!first) segments.Add(new TextSegment(" "));
            first = false;
            Walk(block.Inline, italic: false, segments);
        }
        return Merge(segments);
    }

    /// <summary>Plain text of the first <c>*single-star*</c> emphasis of a Markdown line, or null.</summary>
    internal static string? FirstItalic(string markdown)
    {
        var document = MarkdownRenderer.Default.Parse(markdown.Trim());
        var emphasis = document.Descendants<EmphasisInline>().FirstOrDefault(e => e.DelimiterChar == '*' && e.DelimiterCount == 1);
        if (emphasis is null) return null;
        var parts = new List<TextSegment>();
        Walk(emphasis, italic: true, parts);
        var text = string.Concat(parts.Select(p => p.Text)).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Whether a URL may become a link in an export: absolute http or https.</summary>
    public static bool IsLinkable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void Walk(ContainerInline container, bool italic, List<TextSegment> segments)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case AutolinkInline autolink when !autolink.IsEmail && IsLinkable(autolink.Url):
                    segments.Add(new TextSegment(autolink.Url, SegmentKind.Link, autolink.Url));
                    break;
                case AutolinkInline autolink:
                    segments.Add(Piece(autolink.Url, italic));
                    break;
                case LinkInline { IsImage: false } link when IsLinkable(link.Url):
                    var label = new List<TextSegment>();
                    Walk(link, italic, label);
                    segments.Add(new TextSegment(string.Concat(label.Select(l => l.Text)), SegmentKind.Link, link.Url));
                    break;
                case EmphasisInline emphasis:
                    Walk(emphasis, italic || emphasis.DelimiterCount == 1, segments);
                    break;
                case ContainerInline inner:
                    Walk(inner, italic, segments);
                    break;
                case LiteralInline literal:
                    segments.Add(Piece(literal.Content.ToString(), italic));
                    break;
                case CodeInline code:
                    segments.Add(Piece(code.Content, italic));
                    break;
                case HtmlEntityInline entity:
                    segments.Add(Piece(entity.Transcoded.ToString(), italic));
                    break;
                case LineBreakInline:
                    segments.Add(Piece(" ", italic));
                    break;
            }
        }
    }

    private static TextSegment Piece(string text, bool italic) => new(text, italic ? SegmentKind.Italic : SegmentKind.Plain);

    /// <summary>Joins neighbouring plain or italic segments.</summary>
    private static List<TextSegment> Merge(List<TextSegment> segments)
    {
        var merged = new List<TextSegment>();
        var pending = new StringBuilder();
        SegmentKind? pendingKind = null;
        void Flush()
        {
            if (pendingKind is { } kind && pending.Length > 0) merged.Add(new TextSegment(pending.ToString(), kind));
            pending.Clear();
            pendingKind = null;
        }

        foreach (var segment in segments)
        {
            if (segment.Kind == SegmentKind.Link)
            {
                Flush();
                merged.Add(segment);
                continue;
            }
            if (pendingKind != segment.Kind) Flush();
            pendingKind = segment.Kind;
            pending.Append(segment.Text);
        }
        Flush();
        return merged;
    }
}
