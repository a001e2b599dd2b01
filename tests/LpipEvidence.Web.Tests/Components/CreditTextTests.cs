using Bunit;
using LpipEvidence.Credits;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class CreditTextTests : BunitTestContext
{
    private static string Text(IRenderedComponent<CreditText> rendered) => string.Concat(rendered.Nodes.Select(n => n.TextContent));

    [Fact]
    public void CreditText_GivesTitlesAsCitations_LinkedWhenTheyHaveAnAddress()
    {
        var text = Context.Render<CreditText>(p => p.Add(c => c.Segments,
            [TextSegment.Italic("Linked Review", "/reviews/linked"), new TextSegment(" and "), TextSegment.Italic("Unlinked Review")]));

        var link = Assert.Single(text.FindAll("a"));
        Assert.Equal(("/reviews/linked", "Linked Review"), (link.GetAttribute("href"), link.QuerySelector("cite")?.TextContent));
        Assert.Equal(["Linked Review", "Unlinked Review"], text.FindAll("cite").Select(c => c.TextContent));
        Assert.Equal("Linked Review and Unlinked Review", Text(text));
    }

    [Fact]
    public void CreditText_MarksTheLicenceLinkAsTheLicence()
    {
        var segments = ReviewCredit.Licence(Samples.SecondReview);

        var text = Context.Render<CreditText>(p => p.Add(c => c.Segments, segments));

        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", text.Find("a[rel=license]").GetAttribute("href"));
        Assert.Equal(string.Concat(segments.Select(s => s.Text)), Text(text));
    }

    [Fact]
    public void CreditText_EncodesItsWords()
    {
        var text = Context.Render<CreditText>(p => p.Add(c => c.Segments, [new TextSegment("<script>alert(1)</script> & co")]));

        Assert.Empty(text.FindAll("script"));
        Assert.Equal("<script>alert(1)</script> & co", Text(text));
    }
}
