using Bunit;
using LpipEvidence.History;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class WordDiffViewTests : BunitTestContext
{
    private static readonly DiffSegment[] Segments =
    [
        new(DiffKind.Unchanged, "Broadband "),
        new(DiffKind.Removed, "helps"),
        new(DiffKind.Added, "and mobile help"),
        new(DiffKind.Unchanged, " <b>firms</b>\n\nin clusters."),
    ];

    [Fact]
    public void WordDiff_MarksRunsWithDelAndIns_EachWithSpokenLabels_AndAddsNoWhiteSpace()
    {
        var view = Context.Render<WordDiffView>(p => p.Add(v => v.Segments, Segments).Add(v => v.LabelledBy, "heading"));

        view.MarkupMatches(
            "<div class=\"word-diff\" role=\"region\" aria-labelledby=\"heading\">Broadband "
            + "<del class=\"word-diff__removed\"><span class=\"visually-hidden\">[removed: </span>helps<span class=\"visually-hidden\">]</span></del>"
            + "<ins class=\"word-diff__added\"><span class=\"visually-hidden\">[added: </span>and mobile help<span class=\"visually-hidden\">]</span></ins>"
            + " &lt;b&gt;firms&lt;/b&gt;\n\nin clusters.</div>");
        // The text itself keeps every character, line breaks included (the block shows them with pre-wrap).
        Assert.Equal("Broadband [removed: helps][added: and mobile help] <b>firms</b>\n\nin clusters.", view.Find(".word-diff").TextContent);
    }

    [Fact]
    public void WordDiff_WithoutAHeading_IsNotALandmark()
    {
        var view = Context.Render<WordDiffView>(p => p.Add(v => v.Segments, Segments));

        Assert.False(view.Find(".word-diff").HasAttribute("role"));
    }
}
