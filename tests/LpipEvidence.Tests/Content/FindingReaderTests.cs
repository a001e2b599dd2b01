using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

/// <summary>
/// A finding's body, parsed once with its front matter, is split at its "## Key takeaway" heading into the finding's
/// text and its takeaway, each rendered from the blocks already parsed.
/// </summary>
public sealed class FindingReaderTests : IDisposable
{
    private const string FrontMatter = "---\ntitle: First\norder: 1\nthemes: [clusters]\n---\n";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private FindingContent ReadFirst(string body)
    {
        _content.Write(TempContent.FirstFindingPath, FrontMatter + body);
        var result = ContentReader.Read(_content.Root);
        Assert.Empty(result.Errors);
        return result.Content!.Findings.Single(f => f.SourcePath == TempContent.FirstFindingPath);
    }

    [Fact]
    public void Read_SplitsTheBodyAtTheTakeawayHeading_IntoTextAndTakeaway()
    {
        var finding = ReadFirst("Clusters *matter*.\n\n- one\n- two\n\n## Key takeaway\n\nSupport [them](https://example.org/).\n");

        Assert.Equal("Clusters *matter*.\n\n- one\n- two", finding.Body.Markdown);
        Assert.Equal("<p>Clusters <em>matter</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>", finding.Body.Html);
        Assert.Equal("Clusters matter. one two", finding.Body.PlainText);
        Assert.Equal("Support [them](https://example.org/).", finding.Takeaway.Markdown);
        Assert.Equal("<p>Support <a href=\"https://example.org/\">them</a>.</p>", finding.Takeaway.Html);
        Assert.Equal("Support them.", finding.Takeaway.PlainText);
    }

    [Fact]
    public void Read_LinkReferenceDefinedInTheTakeaway_ResolvesInTheText()
    {
        // One parse of the whole body: a reference defined anywhere in it resolves everywhere in it.
        var finding = ReadFirst("See [the report][r].\n\n## Key takeaway\n\nRead it.\n\n[r]: https://example.org/report\n");

        Assert.Equal("<p>See <a href=\"https://example.org/report\">the report</a>.</p>", finding.Body.Html);
        Assert.Equal("<p>Read it.</p>", finding.Takeaway.Html);
    }

    [Fact]
    public void Read_TakeawayHeadingInsideAQuote_SplitsTheQuoteInTwo()
    {
        var finding = ReadFirst("> Clusters matter.\n>\n> ## Key takeaway\n>\n> Support them.\n");

        Assert.Equal("<blockquote>\n<p>Clusters matter.</p>\n</blockquote>", finding.Body.Html);
        Assert.Equal("<blockquote>\n<p>Support them.</p>\n</blockquote>", finding.Takeaway.Html);
        Assert.Equal("Support them.", finding.Takeaway.PlainText);
    }

    [Fact]
    public void Read_TextTooDeeplyNestedToRender_IsAnErrorOnTheBody()
    {
        _content.Write(TempContent.FirstFindingPath, FrontMatter + new string('[', 2000) + "\n\n## Key takeaway\n\nSupport them.\n");

        var result = ContentReader.Read(_content.Root);

        var error = Assert.Single(result.Errors);
        Assert.Equal((TempContent.FirstFindingPath, 6, 1), (error.Path, error.Line, error.Column));
        Assert.StartsWith("the Markdown is nested too deeply to read", error.Message, StringComparison.Ordinal);
    }
}
