using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LpipEvidence.Content;

/// <summary>
/// The one Markdown pipeline of the site, built once (Markdig pipelines are thread-safe).
/// Raw HTML is disabled, and links or images with a scheme other than http, https or mailto are
/// neutralised as they are written (the renderer's <c>LinkRewriter</c>), so content can never inject script.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>The shared instance.</summary>
    public static MarkdownRenderer Default { get; } = new();

    private MarkdownRenderer()
    {
        Pipeline = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseEmphasisExtras()
            .UseListExtras()
            .UsePipeTables()
            .UseAutoLinks()
            .DisableHtml()
            .Build();
    }

    /// <summary>The Markdig pipeline: YAML front matter, emphasis extras, lists, pipe tables, autolinks, no raw HTML.</summary>
    public MarkdownPipeline Pipeline { get; }

    /// <summary>Parses Markdown with the site's pipeline.</summary>
    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Parses a content file, reporting Markdown that Markdig refuses (it stops at a nesting depth limit rather than
    /// overflowing the stack) as an error on the line most likely to cause it.
    /// </summary>
    internal static MarkdownDocument? TryParse(SourceFile file, string text, int lineOffset, ICollection<ContentError> errors)
    {
        try
        {
            return Default.Parse(text);
        }
        catch (ArgumentException ex)
        {
            errors.Add(new ContentError(file.Path, lineOffset + MostNestedLine(text), 1, TooDeeplyNested(ex)));
            return null;
        }
    }

    /// <summary>The message for Markdown that Markdig refuses to parse or render because it is nested too deeply.</summary>
    internal static string TooDeeplyNested(ArgumentException ex) =>
        $"the Markdown is nested too deeply to read ({ex.Message.TrimEnd('.')}): look for a long run of '>', list markers or brackets";

    /// <summary>The 1-based line with the most nesting punctuation: where a runaway '&gt;&gt;&gt;' or '[[[' is.</summary>
    private static int MostNestedLine(string text)
    {
        int line = 1, best = 1, bestScore = -1, score = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                if (score > bestScore) (best, bestScore) = (line, score);
                line++;
                score = 0;
            }
            else if (c is '>' or '[' or '(' or '*' or '_' or '-' or '+' or '`')
            {
                score++;
            }
        }
        return score > bestScore ? line : best;
    }

    /// <summary>Renders Markdown to safe HTML and plain text.</summary>
    public MarkdownText Render(string markdown)
    {
        var trimmed = markdown.Trim();
        return Render(trimmed, Parse(trimmed).ToList());
    }

    /// <summary>
    /// Renders blocks already parsed (part of a content file's syntax tree) to safe HTML and plain text, so that a
    /// body parsed once for its checks is not parsed again to be shown; <paramref name="markdown"/> is their source.
    /// </summary>
    internal MarkdownText Render(string markdown, IReadOnlyList<Block> blocks)
    {
        var plain = Write(blocks, plain: true);
        var html = Write(blocks, plain: false).Trim();
        return new MarkdownText(markdown.Trim(), html, Fold(plain));
    }

    /// <summary>Writes blocks as HTML, or as plain text the way Markdig's <c>Markdown.ToPlainText</c> does.</summary>
    private string Write(IReadOnlyList<Block> blocks, bool plain)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        if (plain)
        {
            renderer.EnableHtmlForBlock = false;
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
        }
        else
        {
            // Every href and src passes through here, however the URL was written (inline, reference, autolink,
            // image), so the tree the content checks read stays exactly as parsed.
            renderer.LinkRewriter = NeutraliseUnsafe;
        }
        Pipeline.Setup(renderer);
        foreach (var block in blocks) renderer.Render(block);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The URL itself when it is safe; otherwise "#", a link that goes nowhere.</summary>
    private static string NeutraliseUnsafe(string url) => IsSafeUrl(url) ? url : "#";

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Renders a single line of Markdown (for example a citation) without the surrounding paragraph.</summary>
    public string RenderInline(string markdown)
    {
        var html = Render(markdown).Html;
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            html = html[3..^4];
        }
        return html;
    }

    /// <summary>Markdown to plain text with white space folded, for search and plain exports.</summary>
    public string ToPlainText(string markdown)
    {
        return Fold(Markdown.ToPlainText(markdown, Pipeline));
    }

    /// <summary>Links and images whose URL uses a scheme that is not allowed, with their 0-based line and column.</summary>
    public static IEnumerable<(Inline Link, string Url)> UnsafeLinks(MarkdownObject markdown)
    {
        foreach (var inline in markdown.Descendants<Inline>())
        {
            var url = inline switch
            {
                LinkInline l => l.Url,
                AutolinkInline a => a.Url,
                _ => null,
            };
            if (url is not null && !IsSafeUrl(url)) yield return (inline, url);
        }
    }

    /// <summary>Relative URLs, fragments and http(s)/mailto URLs are safe; anything else is not.</summary>
    public static bool IsSafeUrl(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // "a/b:c" is a relative path
        var scheme = trimmed[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    internal static YamlFrontMatterBlock? FrontMatterOf(MarkdownDocument document) =>
        document.Count > 0 ? document[0] as YamlFrontMatterBlock : null;
}
