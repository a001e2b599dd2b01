using System.Net;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>Every browse route answers with the right content; unknown and hostile URLs answer 404.</summary>
public sealed class PageTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private static readonly string[] FindingTitles =
    [
        "Importance of Innovation and Technology Policies",
        "Empowering Local Leaders and Research Funding",
        "Collaboration, Partnerships, and Skills Development",
        "Place-based Approaches and Cluster Development",
        "Evidence-Based and Experimental Policies",
    ];

    private async Task<IHtmlDocument> Ok(string url)
    {
        var (response, document) = await app.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return document;
    }

    private static string Text(IHtmlDocument document) => document.Body!.TextContent;

    private static void AssertAttributed(IHtmlDocument document)
    {
        var attribution = document.QuerySelector("aside.attribution")?.TextContent ?? "";
        Assert.Contains("Innovation Evidence Review", attribution, StringComparison.Ordinal);
        Assert.Contains("Dr Chloe Billing", attribution, StringComparison.Ordinal);
        Assert.Contains("Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham", attribution, StringComparison.Ordinal);
        Assert.Contains("CC BY-NC", attribution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "LPIP Evidence")]
    [InlineData("/reviews", "Evidence reviews – LPIP Evidence")]
    [InlineData("/reviews/innovation", "Innovation Evidence Review – LPIP Evidence")]
    [InlineData("/themes", "Themes – LPIP Evidence")]
    [InlineData("/themes/clusters-and-place-based-policy", "Clusters and place-based policy – LPIP Evidence")]
    [InlineData("/findings/evidence-based-and-experimental-policies", "Evidence-Based and Experimental Policies – LPIP Evidence")]
    [InlineData("/status", "Content status – LPIP Evidence")]
    public async Task EveryPage_HasItsTitleOneH1AndAMetaDescription(string url, string title)
    {
        var document = await Ok(url);
        Assert.Equal(title, document.Title);
        Assert.Single(document.QuerySelectorAll("h1"));
        var description = document.QuerySelector("meta[name=description]")?.GetAttribute("content");
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.NotNull(document.QuerySelector($"a.skip-link[href='{url}#main-content']"));
        Assert.NotNull(document.QuerySelector("main#main-content"));
    }

    [Fact]
    public async Task Home_ListsTheReviewItsFindingsAndThemesWithCounts()
    {
        var document = await Ok("/");
        var text = Text(document);
        Assert.Contains("Local Partnerships", text, StringComparison.Ordinal);
        var findingLinks = document.QuerySelectorAll(".finding-list a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(FindingTitles, findingLinks);
        var themes = document.QuerySelectorAll(".theme-grid li").Select(li => li.TextContent).ToList();
        Assert.Equal(8, themes.Count);
        Assert.Contains(themes, t => t.Contains("Partnerships and collaboration", StringComparison.Ordinal) && t.Contains("2 findings", StringComparison.Ordinal));
        Assert.Contains(themes, t => t.Contains("Skills and talent", StringComparison.Ordinal) && t.Contains("1 finding", StringComparison.Ordinal));
        AssertAttributed(document);
    }

    [Fact]
    public async Task Reviews_ListsTheReviewWithItsMetadata()
    {
        var document = await Ok("/reviews");
        var text = Text(document);
        Assert.Contains("Innovation Evidence Review", text, StringComparison.Ordinal);
        Assert.Contains("Dr Chloe Billing", text, StringComparison.Ordinal);
        Assert.Contains("October 2024", text, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/reviews/innovation']"));
    }

    [Fact]
    public async Task Review_ShowsMetadataIntroductionCitationAndEveryFindingWithItsTakeawayInOrder()
    {
        var document = await Ok("/reviews/innovation");
        var text = Text(document);
        foreach (var expected in new[]
                 {
                     "Innovation Policy Briefing", "Dr Chloe Billing", "Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham",
                     "October 2024", "Creative Commons Attribution-NonCommercial (CC BY-NC)", "Innovation",
                     "The aim of the review is to identify key questions",
                     "Billing, C 2024, Innovation Evidence Review: Local Policy Innovation Partnership (LPIP). The Local Policy Innovation Partnership Hub.",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        Assert.Equal(FindingTitles, document.QuerySelectorAll("article.finding-card h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(5, document.QuerySelectorAll("article.finding-card section.takeaway").Length);
        Assert.Equal("Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)", document.QuerySelector(".citation__text em")?.TextContent);
        Assert.NotNull(document.QuerySelector("a[rel=license][href='https://creativecommons.org/licenses/by-nc/4.0/']"));
        AssertAttributed(document);
    }

    [Fact]
    public async Task Themes_ListsEveryThemeWithItsFindingCount()
    {
        var document = await Ok("/themes");
        var cards = document.QuerySelectorAll(".theme-grid li");
        Assert.Equal(8, cards.Length);
        Assert.NotNull(document.QuerySelector("a[href='/themes/evaluation-and-benchmarking']"));
        Assert.Contains(cards, c => c.TextContent.Contains("Evaluation and benchmarking", StringComparison.Ordinal) && c.TextContent.Contains("2 findings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Theme_ShowsItsFindingsWithTheirSourceReviewAndAttribution()
    {
        var document = await Ok("/themes/partnerships-and-collaboration");
        Assert.Equal("Partnerships and collaboration", document.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            ["Collaboration, Partnerships, and Skills Development", "Place-based Approaches and Cluster Development"],
            document.QuerySelectorAll("article.finding-card h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(2, document.QuerySelectorAll("article.finding-card a[href='/reviews/innovation']").Length);
        AssertAttributed(document);
    }

    [Fact]
    public async Task Finding_ShowsTextTakeawayThemesSourceCitationAndNeighbours()
    {
        var document = await Ok("/findings/place-based-approaches-and-cluster-development");
        Assert.Equal("Place-based Approaches and Cluster Development", document.QuerySelector("h1")?.TextContent);
        Assert.Contains("Innovation policies are increasingly shifting towards cooperative, multi-actor, and more 'place-based' approaches",
            document.QuerySelector(".finding-body")?.TextContent, StringComparison.Ordinal);
        var takeaway = document.QuerySelector("section.takeaway");
        Assert.NotNull(takeaway);
        Assert.Equal("Key takeaway", takeaway.QuerySelector("h2")?.TextContent.Trim());
        Assert.StartsWith("Supporting cluster growth is viewed as an impactful local innovation policy", takeaway.QuerySelector(".takeaway__text")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/themes/clusters-and-place-based-policy']"));
        Assert.NotNull(document.QuerySelector("a[href='/themes/partnerships-and-collaboration']"));
        Assert.Contains("Key finding 4 of 5", Text(document), StringComparison.Ordinal);
        Assert.Equal("/findings/collaboration-partnerships-and-skills-development", document.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/findings/evidence-based-and-experimental-policies", document.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector(".citation__text"));
        AssertAttributed(document);
    }

    [Fact]
    public async Task FirstFinding_HasNoPreviousLink()
    {
        var document = await Ok("/findings/importance-of-innovation-and-technology-policies");
        Assert.Null(document.QuerySelector("a[rel=prev]"));
        Assert.NotNull(document.QuerySelector("a[rel=next]"));
    }

    [Theory]
    [InlineData("/findings/no-such-finding")]
    [InlineData("/themes/no-such-theme")]
    [InlineData("/reviews/no-such-review")]
    [InlineData("/no/such/page")]
    [InlineData("/findings/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/findings/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/findings/Place-Based-Approaches-And-Cluster-Development")]
    [InlineData("/themes/%E2%80%AEevil")]
    [InlineData("/reviews/innovation%27%20OR%201%3D1--")]
    public async Task UnknownOrHostileUrls_AnswerAHelpful404(string url)
    {
        var (response, document) = await app.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("main a[href='/themes']"));
        Assert.DoesNotContain("<script>alert", document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VeryLongSlug_Answers404()
    {
        var (response, _) = await app.GetPageAsync("/findings/" + new string('a', 5000));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        var (response, _) = await app.GetPageAsync("/");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Stylesheets_AreServed()
    {
        var (_, document) = await app.GetPageAsync("/");
        var client = app.CreateClient();
        foreach (var href in document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!))
        {
            var response = await client.GetAsync("/" + href.TrimStart('/'));
            Assert.True(response.IsSuccessStatusCode, $"{href} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Layout_CarriesTheDarkPaletteBehindTheSystemPreference()
    {
        var (_, document) = await app.GetPageAsync("/");
        var dark = document.QuerySelector("style[media='(prefers-color-scheme: dark)']");
        Assert.NotNull(dark);
        Assert.Contains("--mud-palette-background: rgba(18,20,23,1)", dark.TextContent, StringComparison.Ordinal);
        Assert.Contains("--mud-palette-background: rgba(255,255,255,1)", document.QuerySelector("style.mud-theme-provider")?.TextContent, StringComparison.Ordinal);
    }
}
