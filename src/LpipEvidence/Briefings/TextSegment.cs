using System.Text;
using LpipEvidence.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LpipEvidence.Briefings;

/// <summary>How a piece of running text is shown.</summary>
internal enum SegmentKind
{
    Plain,
    Italic,
    Link,
}

/// <summary>
/// A piece of running text: plain, italic, or a link to <see cref="Url"/>. The Markdown and Word writers both
/// render the same segments, so the two exports say the same words.
/// </summary>
internal sealed record TextSegment(string Text, SegmentKind Kind = SegmentKind.Plain, string? Url = null)
{
    public static TextSegment Italic(string text) => new(text, SegmentKind.Italic);

    public static TextSegment Link(string url) => new(url, SegmentKind.Link, url);

    /// <summary>
    /// The segments of one line of trusted content Markdown (a citation): emphasis becomes italic, autolinks and
    /// links with a safe absolute URL become links, everything else plain text.
    /// </summary>
    public static IReadOnlyList<TextSegment> FromMarkdown(string markdown)
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
    public static string? FirstItalic(string markdown)
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
