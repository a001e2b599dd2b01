using LpipEvidence.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LpipEvidence.Tests.Content;

/// <summary>
/// A link or image whose scheme could run script renders as "#", however its scheme is written; safe links render as
/// written; and the syntax tree is left as parsed (the renderer rewrites links as it writes them).
/// </summary>
public sealed class MarkdownLinkSafetyTests
{
    private static string Html(string markdown) => MarkdownRenderer.Default.Render(markdown).Html;

    [Theory]
    [InlineData("[x](javascript:alert(1))", "<p><a href=\"#\">x</a></p>")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "<p><a href=\"#\">x</a></p>")]
    [InlineData("[x](   javascript:alert(1))", "<p><a href=\"#\">x</a></p>")]
    [InlineData("[x](<javascript:alert(1)>)", "<p><a href=\"#\">x</a></p>")]
    [InlineData("[x](&#106;avascript:alert(1))", "<p><a href=\"#\">x</a></p>")]
    [InlineData("[x](&#x6A;&#x61;vascript:alert(1))", "<p><a href=\"#\">x</a></p>")]
    [InlineData("[x](java&#x09;script:alert(1))", "<p><a href=\"#\">x</a></p>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p><a href=\"#\">x</a></p>")]
    [InlineData("[x](DATA:text/html,x)", "<p><a href=\"#\">x</a></p>")]
    [InlineData("[x](vbscript:msgbox(1))", "<p><a href=\"#\">x</a></p>")]
    [InlineData("![x](javascript:alert(1))", "<p><img src=\"#\" alt=\"x\" /></p>")]
    [InlineData("<javascript:alert(1)>", "<p><a href=\"#\">javascript:alert(1)</a></p>")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)", "<p><a href=\"#\">x</a></p>")]
    public void Render_UnsafeScheme_HowEverWritten_LinksToNothing(string markdown, string expected) =>
        Assert.Equal(expected, Html(markdown));

    [Theory]
    [InlineData("[x](https://example.org/a?b=c)", "<p><a href=\"https://example.org/a?b=c\">x</a></p>")]
    [InlineData("[x](HTTP://example.org/)", "<p><a href=\"HTTP://example.org/\">x</a></p>")]
    [InlineData("[x](mailto:hub@example.org)", "<p><a href=\"mailto:hub@example.org\">x</a></p>")]
    [InlineData("<hub@example.org>", "<p><a href=\"mailto:hub@example.org\">hub@example.org</a></p>")]
    [InlineData("[x](/reviews/innovation)", "<p><a href=\"/reviews/innovation\">x</a></p>")]
    [InlineData("[x](#takeaway)", "<p><a href=\"#takeaway\">x</a></p>")]
    [InlineData("[x](notes/a:b)", "<p><a href=\"notes/a:b\">x</a></p>")]
    public void Render_SafeLink_KeepsItsAddress(string markdown, string expected) =>
        Assert.Equal(expected, Html(markdown));

    [Fact]
    public void Render_UnsafeLink_LeavesTheSyntaxTreeAsParsed()
    {
        var document = MarkdownRenderer.Default.Parse("[x](javascript:alert(1)) and <javascript:alert(2)>");

        var rendered = MarkdownRenderer.Default.Render("", document.ToList());

        Assert.Equal("<p><a href=\"#\">x</a> and <a href=\"#\">javascript:alert(2)</a></p>", rendered.Html);
        Assert.Equal("javascript:alert(1)", document.Descendants<LinkInline>().Single().Url);
        Assert.Equal("javascript:alert(2)", document.Descendants<AutolinkInline>().Single().Url);
    }

    [Fact]
    public void Render_UnsafeAutolink_KeepsItsWordsInThePlainText() =>
        Assert.Equal("see javascript:alert(1)", MarkdownRenderer.Default.Render("see <javascript:alert(1)>").PlainText);
}
