using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace LpipEvidence.Content;

/// <summary>
/// The Markdown body of a content file (what follows its front matter), parsed once together with the front matter:
/// the checks on the body and its rendering all work on this one syntax tree rather than parsing the text again.
/// Lines and spans of the tree are those of the whole file.
/// </summary>
internal sealed class ContentBody
{
    private readonly SourceFile _file;
    private readonly int _start;

    public ContentBody(SourceFile file, MarkdownDocument document, int start)
    {
        _file = file;
        _start = start;
        Document = document;
        Line = file.Position(start).Line;
        Blocks = [.. document.Where(b => b is not YamlFrontMatterBlock)];
    }

    /// <summary>The whole file's syntax tree, front matter block included.</summary>
    public MarkdownDocument Document { get; }

    /// <summary>The body's top-level blocks, in order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The Markdown after the closing fence.</summary>
    public string Text => _file.Text[_start..];

    /// <summary>1-based file line where the body starts.</summary>
    public int Line { get; }

    /// <summary>The 0-based offset in the file where the body starts.</summary>
    public int Start => _start;

    /// <summary>The file's text between two 0-based offsets.</summary>
    public string Slice(int from, int to) => _file.Text[Math.Min(from, _file.Text.Length)..Math.Min(to, _file.Text.Length)];

    /// <summary>Reports links in the body whose scheme could run script, located in the file.</summary>
    public void RejectUnsafeLinks(ICollection<ContentError> errors)
    {
        foreach (var (link, url) in MarkdownRenderer.UnsafeLinks(Document))
        {
            errors.Add(new ContentError(_file.Path, link.Line + 1, link.Column + 1,
                $"link '{url}' is not allowed: use an http, https or mailto address"));
        }
    }

    /// <summary>The whole body as HTML and plain text, or null after reporting why it cannot be rendered.</summary>
    public MarkdownText? Render(ICollection<ContentError> errors) => Render(Text, Blocks, errors);

    /// <summary>
    /// Some of the body's blocks, whose Markdown is <paramref name="source"/>, as HTML and plain text, or null after
    /// reporting why they cannot be rendered: Markdig parses a long run of '[' but refuses to render it that deep.
    /// </summary>
    public MarkdownText? Render(string source, IReadOnlyList<Block> blocks, ICollection<ContentError> errors)
    {
        try
        {
            return MarkdownRenderer.Default.Render(source, blocks);
        }
        catch (ArgumentException ex)
        {
            errors.Add(new ContentError(_file.Path, Line, 1, MarkdownRenderer.TooDeeplyNested(ex)));
            return null;
        }
    }

    /// <summary>The words of a heading or paragraph block, without the heading's marks or a trailing colon.</summary>
    public string WordsOf(LeafBlock block)
    {
        var text = _file.Text;
        var end = Math.Min(text.Length - 1, block.Span.End);
        return block.Span.Start > end ? "" : text[block.Span.Start..(end + 1)].Trim().TrimStart('#').Trim().TrimEnd('#').Trim().TrimEnd(':');
    }
}
