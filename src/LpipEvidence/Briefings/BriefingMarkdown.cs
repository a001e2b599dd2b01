using System.Text;
using System.Text.RegularExpressions;
using LpipEvidence.Credits;

namespace LpipEvidence.Briefings;

/// <summary>
/// Writes a briefing as a Markdown document: title, note, where it comes from, each finding with its key takeaway,
/// the sources' citations and the licence notice. The reader's title and note, and all plain text, are escaped so
/// that they show as written and can never become links, HTML or other Markdown.
/// </summary>
public static partial class BriefingMarkdown
{
    /// <summary>The briefing as Markdown (LF line endings, UTF-8 when saved). <paramref name="absoluteUrl"/> is where it can be opened again.</summary>
    public static string Write(Briefing briefing, string absoluteUrl)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var md = new StringBuilder();
        void Paragraph(string text) => md.Append(text).Append("\n\n");

        Paragraph("# " + EscapeInline(briefing.Title));
        if (briefing.Note is { } note)
        {
            foreach (var lines in BriefingText.Paragraphs(note))
            {
                // A backslash at the end of a line is a CommonMark hard line break: the reader's newlines stay.
                Paragraph(string.Join("\\\n", lines.Select(EscapeLine)));
            }
        }
        Paragraph(Render(BriefingWording.PreparedLine(briefing)) + " " + EscapeLine(BriefingWording.OutputLine(BriefingOutput.Downloaded, briefing)));
        if (BriefingWording.MadeLine(briefing) is { } made) Paragraph(EscapeLine(made));

        if (briefing.IsEmpty) Paragraph(EscapeLine(BriefingWording.EmptyText));
        for (var i = 0; i < briefing.Findings.Count; i++)
        {
            var finding = briefing.Findings[i];
            Paragraph("## " + EscapeInline(BriefingWording.FindingHeading(i + 1, finding)));
            if (briefing.ChangesOf(finding.Slug) is { Count: > 0 } changes && briefing.Made is { } since)
            {
                // A quoted block, so the notice stands apart from the review's own words.
                md.Append("> **").Append(EscapeInline(BriefingWording.ChangedSinceHeading(since))).Append("**\n>\n");
                foreach (var change in changes) md.Append("> - ").Append(EscapeInline(BriefingWording.ChangeLine(change))).Append('\n');
                md.Append('\n');
            }
            // The takeaway first, as on the finding's own page: it is what a reader most needs.
            Paragraph("### " + BriefingWording.TakeawayHeading);
            Paragraph(EscapeLine(finding.TakeawayText));
            Paragraph(EscapeLine(finding.BodyText));
            if (BriefingWording.ThemesLine(finding) is { } themes) Paragraph(EscapeLine(themes));
            Paragraph(EscapeLine(BriefingWording.SourceLine(finding)));
        }

        if (briefing.Sources.Count > 0)
        {
            Paragraph("## " + BriefingWording.SourcesHeading);
            foreach (var review in briefing.Sources)
            {
                // The review's own citation Markdown (trusted content), with its italics.
                var citation = review.Citation.Markdown.Trim();
                if (!BriefingWording.CitationLinksSource(review) && TextSegment.IsLinkable(review.SourceUrl))
                {
                    citation += " Available at: " + Link(review.SourceUrl);
                }
                Paragraph(citation);
            }

            Paragraph("## " + BriefingWording.LicenceHeading);
            foreach (var review in briefing.Sources) Paragraph(Render(ReviewCredit.Reproduction(review)));
        }
        if (BriefingWording.ReaderTextNotice(briefing) is { } readerNotice) Paragraph(EscapeLine(readerNotice));

        md.Append("This briefing: ").Append(Link(absoluteUrl ?? "")).Append('\n');
        return md.ToString();
    }

    private static string Render(IEnumerable<TextSegment> segments) =>
        EscapeLineStart(string.Concat(TextSegment.ForPaper(segments).Select(s => s.Kind switch
        {
            SegmentKind.Italic => "*" + EscapeInline(s.Text) + "*",
            SegmentKind.Link => Link(s.Url ?? s.Text),
            _ => EscapeInline(s.Text),
        })));

    /// <summary>An autolink for a safe absolute URL; anything else is written as escaped text.</summary>
    private static string Link(string url) =>
        TextSegment.IsLinkable(url) && !url.Any(c => char.IsWhiteSpace(c) || c is '<' or '>')
            ? "<" + url + ">"
            : EscapeInline(url);

    /// <summary>A line of text as a paragraph: escaped inline, and with anything that would start a block at its start escaped.</summary>
    internal static string EscapeLine(string text) => EscapeLineStart(EscapeInline(text.Trim()));

    /// <summary>
    /// Escapes what Markdown would read as formatting, links or HTML: backslash, backtick, <c>* _ { } [ ] &lt; &gt; # | ~</c>,
    /// an <c>&amp;</c> that starts an entity, the colon of <c>://</c> and the dot of <c>www.</c> (so no bare URL
    /// becomes a link). New lines become spaces.
    /// </summary>
    internal static string EscapeInline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '#' or '|' or '~':
                    builder.Append('\\').Append(c);
                    break;
                case '&' when EntityStart().IsMatch(text.AsSpan(i)):
                    builder.Append("\\&");
                    break;
                case ':' when text.AsSpan(i).StartsWith("://"):
                    builder.Append("\\:");
                    break;
                case '.' when IsWwwDot(text, i):
                    builder.Append("\\.");
                    break;
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Escapes a list marker, numbered list marker or setext underline at the start of a line.</summary>
    private static string EscapeLineStart(string line)
    {
        if (line.Length == 0) return line;
        if (line[0] is '-' or '+' or '=') return "\\" + line;
        var match = NumberedListStart().Match(line);
        return match.Success ? line.Insert(match.Length - 1, "\\") : line;
    }

    private static bool IsWwwDot(string text, int dot) =>
        dot >= 3 && text.AsSpan(dot - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase)
        && (dot == 3 || !char.IsLetterOrDigit(text[dot - 4]));

    [GeneratedRegex(@"^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex EntityStart();

    [GeneratedRegex(@"^[0-9]{1,9}[.)]")]
    private static partial Regex NumberedListStart();
}
