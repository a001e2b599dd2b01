using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// What readers see of change notes, over the fixtures: "Published" and "Last updated" on each page, each page's
/// list of changes, "What's new", and the Follow links to the feeds. The made-up review has a note of 2 April 2025,
/// "Digital Connectivity for Clusters" two (10 May and 1 June 2025) and the transport theme one (15 July 2025).
/// </summary>
public sealed class ChangePageTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private const string Connectivity = "/findings/digital-connectivity-for-clusters";

    private async Task<IHtmlDocument> Ok(string url)
    {
        var (response, document) = await app.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document;
    }

    /// <summary>The "Published" and "Last updated" lines, as label: value.</summary>
    private static List<string> Dates(IHtmlDocument page)
    {
        var dates = page.QuerySelector("dl.page-dates");
        Assert.NotNull(dates);
        return dates.QuerySelectorAll(".page-dates__item")
            .Select(item => $"{item.QuerySelector("dt")!.TextContent.Trim()}: {(item.QuerySelector("time") ?? item.QuerySelector("dd"))!.TextContent.Trim()}").ToList();
    }

    private static List<(string Date, string Subject, string Note)> Changes(IHtmlDocument page)
    {
        var items = page.QuerySelectorAll("ol.change-list > li");
        return items.Select(li => (
            li.QuerySelector(".change-list__date time")!.GetAttribute("datetime")!,
            li.QuerySelector(".change-list__subject a")?.TextContent.Trim() ?? "",
            li.QuerySelector(".change-list__note")!.TextContent.Trim())).ToList();
    }

    [Theory]
    [InlineData(Connectivity, "March 2025", "1 June 2025")]
    [InlineData("/reviews/test-only-transport", "March 2025", "1 June 2025")]
    [InlineData("/themes/transport-and-connectivity", "March 2025", "15 July 2025")]
    [InlineData("/themes/clusters-and-place-based-policy", "October 2024", "1 June 2025")]
    public async Task APageWithChangeNotes_SaysWhenItWasPublishedAndLastUpdated_WithALinkToEveryChange(string url, string published, string updated)
    {
        var page = await Ok(url);

        Assert.Equal([$"Published: {published}", $"Last updated: {updated}"], Dates(page));
        var link = page.QuerySelector("dl.page-dates a");
        Assert.NotNull(link);
        Assert.Equal(url + "/changes", link.GetAttribute("href"));
        Assert.StartsWith("see all updates", link.TextContent, StringComparison.Ordinal);
        // The date and the link read as "1 June 2025 – see all updates", never "2025–" run together.
        Assert.Matches(@"\d{4}\s– see all updates", link.Closest("dd")!.TextContent);
        // On paper the dates print; the link does not.
        Assert.Null(page.QuerySelector("dl.page-dates")!.Closest(".no-print"));
        Assert.NotNull(link.Closest(".no-print"));
    }

    [Theory]
    [InlineData("/findings/evidence-based-and-experimental-policies")]
    [InlineData("/reviews/innovation")]
    [InlineData("/themes/skills-and-talent")]
    public async Task APageWithoutChangeNotes_SaysOnlyWhenItWasPublished_AndStillLinksToItsHistory(string url)
    {
        var page = await Ok(url);

        var dates = page.QuerySelectorAll("dl.page-dates .page-dates__item");
        var published = Assert.Single(dates);
        Assert.Equal("Published", published.QuerySelector("dt")?.TextContent.Trim());
        Assert.StartsWith("October 2024", published.QuerySelector("dd")?.TextContent.Trim(), StringComparison.Ordinal);
        var history = published.QuerySelector("a");
        Assert.NotNull(history);
        Assert.Equal(url + "/changes", history.GetAttribute("href"));
        Assert.StartsWith("see its history", history.TextContent, StringComparison.Ordinal);
        var (response, _) = await app.GetPageAsync(url + "/changes");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AFindingsChanges_ListItsNotesNewestFirst()
    {
        var page = await Ok(Connectivity + "/changes");

        Assert.Equal("Changes to Digital Connectivity for Clusters", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(
            [
                ("2025-06-01", "", "Made-up fixture change, added the last clause of the takeaway."),
                ("2025-05-10", "", "Made-up fixture change, clarified that coverage means broadband and mobile."),
            ],
            Changes(page));
        Assert.Equal(["change-finding-digital-connectivity-for-clusters-1", "change-finding-digital-connectivity-for-clusters-0"],
            page.QuerySelectorAll("ol.change-list > li").Select(li => li.Id));
        Assert.NotNull(page.QuerySelector($"main a[href='{Connectivity}']"));
    }

    [Fact]
    public async Task AReviewsChanges_IncludeItsFindingsNotes_NamingWhatChanged()
    {
        var page = await Ok("/reviews/test-only-transport/changes");

        Assert.Equal("Changes to Test Fixture Review of Transport and Connectivity", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(
            [
                ("2025-06-01", "Digital Connectivity for Clusters", "Made-up fixture change, added the last clause of the takeaway."),
                ("2025-05-10", "Digital Connectivity for Clusters", "Made-up fixture change, clarified that coverage means broadband and mobile."),
                ("2025-04-02", "Test Fixture Review of Transport and Connectivity", "Made-up fixture change to the review, corrected the second author's name."),
            ],
            Changes(page));
        Assert.Equal(["Key finding:", "Key finding:", "Review:"], page.QuerySelectorAll(".change-list__kind").Select(k => k.TextContent.Trim()));
        Assert.Equal(Connectivity, page.QuerySelector(".change-list__subject a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AThemesChanges_IncludeItsFindingsNotes()
    {
        var page = await Ok("/themes/transport-and-connectivity/changes");

        Assert.Equal(["2025-07-15", "2025-06-01", "2025-05-10"], Changes(page).Select(c => c.Date));
        Assert.Equal("Transport and connectivity", Changes(page)[0].Subject);
    }

    [Fact]
    public async Task APageWithoutNotes_ListsNoChangesAndSaysSo()
    {
        var page = await Ok("/reviews/innovation/changes");

        Assert.Empty(page.QuerySelectorAll("ol.change-list > li"));
        Assert.Contains("No changes have been recorded since it was published.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/findings/no-such-finding/changes")]
    [InlineData("/reviews/no-such-review/changes")]
    [InlineData("/themes/no-such-theme/changes")]
    [InlineData("/findings/%3Cscript%3E/changes")]
    [InlineData("/themes/..%2F..%2Fetc/changes")]
    public async Task ChangesOfAnUnknownPage_Answer404(string url)
    {
        var (response, _) = await app.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WhatsNew_ListsEveryNoteNewestFirst_NamingWhatChanged()
    {
        var page = await Ok("/whats-new");

        Assert.Equal("What's new", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(
            [
                ("2025-07-15", "Transport and connectivity"),
                ("2025-06-01", "Digital Connectivity for Clusters"),
                ("2025-05-10", "Digital Connectivity for Clusters"),
                ("2025-04-02", "Test Fixture Review of Transport and Connectivity"),
                // Each review's publication, at its oldest.
                ("2025-03", "Test Fixture Review of Transport and Connectivity"),
                ("2024-10", "Innovation Evidence Review"),
            ],
            Changes(page).Select(c => (c.Date, c.Subject)));
        Assert.Null(page.QuerySelector(".whats-new__pager"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/themes")]
    [InlineData(Connectivity)]
    public async Task EveryPage_LinksToWhatsNewFromItsFooter(string url)
    {
        var page = await Ok(url);
        Assert.NotNull(page.QuerySelector("footer.site-footer a[href='/whats-new']"));
    }

    [Theory]
    [InlineData("/whats-new", "/whats-new/feed.atom", "Follow what's new")]
    [InlineData("/themes/transport-and-connectivity", "/themes/transport-and-connectivity/feed.atom", "Follow changes to this theme")]
    [InlineData("/reviews/test-only-transport", "/reviews/test-only-transport/feed.atom", "Follow changes to this review")]
    [InlineData("/reviews/test-only-transport/changes", "/reviews/test-only-transport/feed.atom", "Follow changes to this review")]
    public async Task FollowablePages_NameTheirFeedInTheHead_AndOfferAVisibleFollowLink(string url, string feed, string text)
    {
        var page = await Ok(url);

        var alternate = Assert.Single(page.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"));
        Assert.Equal(feed, alternate.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(alternate.GetAttribute("title")));
        var follow = page.QuerySelector("main .follow-link a");
        Assert.NotNull(follow);
        // The visible link leads to the page that explains the feed; the head names the feed itself.
        Assert.Equal(feed[..^"feed.atom".Length] + "follow", follow.GetAttribute("href"));
        Assert.StartsWith(text, follow.TextContent, StringComparison.Ordinal);
        var (response, _) = await app.GetPageAsync(feed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/whats-new?page=0")]
    [InlineData("/whats-new?page=-1")]
    [InlineData("/whats-new?page=abc")]
    [InlineData("/whats-new?page=1.5")]
    [InlineData("/whats-new?page=99999999999999999999")]
    public async Task WhatsNew_WithAPageThatIsNotANumber_Answers400WithAMessage(string url)
    {
        var (response, page) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a whole number", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("ol.change-list > li"));
    }

    [Fact]
    public async Task WhatsNew_BeyondItsLastPage_Answers404()
    {
        var (response, page) = await app.GetPageAsync("/whats-new?page=2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }
}
