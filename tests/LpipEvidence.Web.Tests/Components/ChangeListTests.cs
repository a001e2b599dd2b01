using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class ChangeListTests : BunitTestContext
{
    private static readonly ChangeEntry[] Changes =
    [
        new(new DateOnly(2025, 6, 1), "Clarified that coverage means broadband and mobile.", ContentKind.Finding, "digital-connectivity-for-clusters", "Digital Connectivity for Clusters", 0),
        ChangeEntry.Publication("test-only-transport", "Test Fixture Review", new PublicationMonth(2025, 3)),
    ];

    [Fact]
    public void ChangeList_DatesEachNote_AndGivesItAnAddressOfItsOwn()
    {
        var list = Context.Render<ChangeList>(p => p.Add(c => c.Changes, Changes));

        var items = list.FindAll("ol.change-list > li").ToList();
        Assert.Equal(["change-finding-digital-connectivity-for-clusters-0", "published-review-test-only-transport"], items.Select(i => i.Id));
        Assert.Equal(["Clarified that coverage means broadband and mobile.", "Review published."], items.Select(i => i.QuerySelector(".change-list__note")!.TextContent));
        var dates = items.Select(i => i.QuerySelector("time")!).Select(t => (t.GetAttribute("datetime"), t.TextContent)).ToList();
        // A publication is dated to the month only, as the review states it.
        Assert.Equal([("2025-06-01", "1 June 2025"), ("2025-03", "March 2025")], dates);
    }

    [Fact]
    public void ChangeList_NamesAndLinksWhatChanged()
    {
        var list = Context.Render<ChangeList>(p => p.Add(c => c.Changes, Changes));

        var subjects = list.FindAll(".change-list__subject").ToList();
        Assert.Equal(["Key finding:", "Review:"], subjects.Select(s => s.QuerySelector(".change-list__kind")!.TextContent));
        Assert.Equal(
            [("/findings/digital-connectivity-for-clusters", "Digital Connectivity for Clusters"), ("/reviews/test-only-transport", "Test Fixture Review")],
            subjects.Select(s => s.QuerySelector("a")!).Select(a => (Href.Parse(a.GetAttribute("href")).Path, a.TextContent)));
    }

    [Fact]
    public void ChangeList_OnTheChangedPagesOwnList_LeavesOutWhatChanged()
    {
        var list = Context.Render<ChangeList>(p => p.Add(c => c.Changes, Changes).Add(c => c.ShowSubject, false));

        Assert.Equal(2, list.FindAll("li").Count);
        Assert.Empty(list.FindAll(".change-list__subject"));
        Assert.Empty(list.FindAll("a"));
    }
}
