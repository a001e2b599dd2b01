using Bunit;
using LpipEvidence.SavedBriefings;
using LpipEvidence.Web.Components.Briefings;

namespace LpipEvidence.Web.Tests.Components;

public sealed class WithdrawnFindingsTests : BunitTestContext
{
    private static SavedBriefingFinding Withdrawn(int position, string slug, string title) =>
        new() { BriefingId = "abc", Position = position, Slug = slug, Title = title };

    [Fact]
    public void WithdrawnFindings_NameEachAsItWasWhenSaved_WithItsPlaceInTheBriefing()
    {
        var notice = Context.Render<WithdrawnFindings>(p => p.Add(w => w.Findings,
            [Withdrawn(0, "old-finding", "An Old Finding"), Withdrawn(2, "another-one", "Another One")]));

        var box = notice.Find("div.briefing-withdrawn");
        Assert.Equal(("note", "withdrawn-heading"), (box.GetAttribute("role"), box.GetAttribute("aria-labelledby")));
        Assert.Equal("2 findings have been withdrawn", notice.Find("h2#withdrawn-heading").TextContent);
        Assert.Equal(["Finding 1: An Old Finding (old-finding)", "Finding 3: Another One (another-one)"], notice.FindAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void OneWithdrawnFinding_IsSpokenOfInTheSingular()
    {
        var notice = Context.Render<WithdrawnFindings>(p => p.Add(w => w.Findings, [Withdrawn(1, "old-finding", "An Old Finding")]));

        Assert.Equal("A finding has been withdrawn", notice.Find("h2").TextContent);
        Assert.Contains("this finding, which is no longer in the evidence reviews, so it is not shown", string.Join(' ', notice.Find("p").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
