using System.Net;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// Over content that is not in a git work tree (a copy of the fixtures in a temporary folder, with enough extra
/// change notes for two pages of "What's new"): change notes alone, nothing broken, and paging through plain links.
/// </summary>
public sealed class NoGitChangesTests(ManyNotesApp notes) : IClassFixture<ManyNotesApp>
{
    private const string Changes = "/findings/digital-connectivity-for-clusters/changes";

    private async Task<IHtmlDocument> Ok(string url)
    {
        var (response, document) = await notes.App.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document;
    }

    private static List<string> Dates(IHtmlDocument page) =>
        page.QuerySelectorAll("ol.change-list > li time").Select(t => t.GetAttribute("datetime")!).ToList();

    [Fact]
    public async Task AFindingsChanges_ShowItsNotes_AndNoVersions()
    {
        var page = await Ok(Changes);

        Assert.Equal(["2025-06-01", "2025-05-10"], Dates(page));
        Assert.Null(page.QuerySelector("section.versions"));
        Assert.Null(page.QuerySelector("form.versions__form"));
        Assert.Null(page.QuerySelector(".word-diff"));
    }

    [Fact]
    public async Task VersionsAskedFor_Answer404()
    {
        var (response, page) = await notes.App.GetPageAsync($"{Changes}?from={new string('a', 40)}&to=working-copy");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task MalformedVersions_Answer400()
    {
        var (response, _) = await notes.App.GetPageAsync($"{Changes}?from=HEAD&to=HEAD");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WhatsNew_ShowsTwentyOnTheFirstPage_AndLinksToOlderChanges()
    {
        var page = await Ok("/whats-new");

        var dates = Dates(page);
        Assert.Equal(20, dates.Count);
        Assert.Equal(["2025-07-15", "2025-06-01", "2025-05-10", "2025-04-02", "2025-03-22"], dates.Take(5));
        Assert.Equal("2025-03-07", dates[^1]);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Contains($"{ManyNotesApp.TotalNotes + 2} entries, page 1 of 2", page.QuerySelector(".whats-new__count")?.TextContent, StringComparison.Ordinal);
        var pager = page.QuerySelector("nav.whats-new__pager");
        Assert.NotNull(pager);
        Assert.Null(pager.QuerySelector("a[rel=prev]"));
        Assert.Equal("/whats-new?page=2", pager.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task WhatsNew_SecondPage_HoldsTheRest_AndLinksBackToTheFirst()
    {
        var page = await Ok("/whats-new?page=2");

        // The oldest entries: each review's publication, dated to the month its review states.
        Assert.Equal(["2025-03-06", "2025-03-05", "2025-03-04", "2025-03-03", "2025-03-02", "2025-03-01", "2025-03", "2024-10"], Dates(page));
        Assert.Equal("Made-up test change number 1.", page.QuerySelectorAll(".change-list__note")[5].TextContent.Trim());
        Assert.Equal("Review published.", page.QuerySelectorAll(".change-list__note").Last().TextContent.Trim());
        Assert.Equal("October 2024", page.QuerySelectorAll(".change-list__date time").Last().TextContent.Trim());
        var pager = page.QuerySelector("nav.whats-new__pager");
        Assert.NotNull(pager);
        Assert.Equal("/whats-new", pager.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(pager.QuerySelector("a[rel=next]"));
        // A later page is a page of its own: its canonical address is itself, not the first page.
        Assert.Equal("http://localhost/whats-new?page=2", page.Head!.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains("page 2", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatsNew_BeyondTheLastPage_Answers404()
    {
        var (response, _) = await notes.App.GetPageAsync("/whats-new?page=3");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
