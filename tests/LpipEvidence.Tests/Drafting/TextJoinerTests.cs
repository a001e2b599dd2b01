using System.Text;
using LpipEvidence.Drafting;

namespace LpipEvidence.Tests.Drafting;

public sealed class TextJoinerTests
{
    [Theory]
    [InlineData("key \uFB01ndings", "key findings")]
    [InlineData("key \uF001ndings", "key findings")]
    [InlineData("e\uFB00ective \uFB02ow", "effective flow")]
    [InlineData("robust,\u00A0interconnected\u2009and\u202Fmore", "robust, interconnected and more")]
    [InlineData("zero\u200Bwidth\uFEFF", "zerowidth")]
    [InlineData("  many   spaces ", "many spaces")]
    [InlineData("\u2018state-of-the-art\u2019 and 'place-based'", "\u2018state-of-the-art\u2019 and 'place-based'")]
    public void Normalise_LigaturesAndOddSpaces_ButNotQuotes(string printed, string expected) =>
        Assert.Equal(expected, TextJoiner.Normalise(printed));

    [Theory]
    [InlineData("decision-", "making power", "decision-making power")]
    [InlineData("a 'state-of-the-", "art' picture", "a 'state-of-the-art' picture")]
    [InlineData("devel\u00AD", "opment", "development")]
    [InlineData("policies \u2013", "and practice", "policies \u2013 and practice")]
    [InlineData("research on", "community-specific", "research on community-specific")]
    public void Join_LineEnds_KeepCompoundsAndSpaceWords(string first, string second, string expected)
    {
        var text = new StringBuilder(first);
        TextJoiner.Join(text, second);
        Assert.Equal(expected, text.ToString());
    }

    [Theory]
    [InlineData("R&D spending", "R&D spending")]
    [InlineData("a *starred* word", @"a \*starred\* word")]
    [InlineData("<b>not html</b>", @"\<b\>not html\</b\>")]
    [InlineData("1. Not a list", @"1\. Not a list")]
    [InlineData("# Not a heading", @"\# Not a heading")]
    public void Escape_PrintedText_RendersAsPrinted(string printed, string markdown) =>
        Assert.Equal(markdown, Markdown.Escape(printed));
}
