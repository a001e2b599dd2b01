using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class PageDatesTests : BunitTestContext
{
    private IRenderedComponent<PageDates> Render(PageHistory history, bool linkToChanges = true) =>
        Context.Render<PageDates>(p => p
            .Add(d => d.History, history)
            .Add(d => d.Kind, ContentKind.Theme)
            .Add(d => d.Slug, "skills-and-talent")
            .Add(d => d.LinkToChanges, linkToChanges));

    private static PageHistory History(DateOnly? updated) =>
        new(new PublicationMonth(2024, 10), updated, []) { Title = "Skills and talent" };

    [Fact]
    public void NeverUpdated_SaysWhenPublished_AndLinksItsHistory()
    {
        var dates = Render(History(null));

        Assert.Equal(["Published"], dates.FindAll("dt").Select(d => d.TextContent));
        Assert.StartsWith("October 2024", dates.Find("dd").TextContent.Trim(), StringComparison.Ordinal);
        var link = dates.Find("dd a");
        Assert.Equal("/themes/skills-and-talent/changes", Href.Parse(link.GetAttribute("href")).Path);
        Assert.Equal("see its history: Skills and talent", link.TextContent);
    }

    [Fact]
    public void Updated_SaysWhenInWordsAndAsAMachineDate_AndLinksEveryUpdate()
    {
        var dates = Render(History(new DateOnly(2025, 7, 15)));

        Assert.Equal(["Published", "Last updated"], dates.FindAll("dt").Select(d => d.TextContent));
        var time = dates.Find("time");
        Assert.Equal(("2025-07-15", "15 July 2025"), (time.GetAttribute("datetime"), time.TextContent));
        var link = Assert.Single(dates.FindAll("a"));
        Assert.Equal("/themes/skills-and-talent/changes", Href.Parse(link.GetAttribute("href")).Path);
        Assert.Equal("see all updates to Skills and talent", link.TextContent);
        Assert.Contains("no-print", link.ParentElement!.ClassList);
    }

    [Fact]
    public void OnTheListOfChangesItself_DoesNotLinkToIt()
    {
        var dates = Render(History(new DateOnly(2025, 7, 15)), linkToChanges: false);

        Assert.Equal(2, dates.FindAll("dt").Count);
        Assert.Empty(dates.FindAll("a"));
    }

    [Fact]
    public void WithoutAnyDate_ShowsNothing()
    {
        Assert.Equal("", Render(new PageHistory(default, null, [])).Markup.Trim());
    }
}
