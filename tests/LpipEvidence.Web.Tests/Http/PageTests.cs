using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// Every browse route answers with the right content of the two fixture reviews (tests/Fixtures/content); unknown and
/// hostile URLs answer 404.
/// </summary>
public sealed partial class PageTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private const string TransportTitle = "Test Fixture Review of Transport and Connectivity";

    private static readonly string[] FindingTitles =
    [
        "Importance of Innovation and Technology Policies",
        "Empowering Local Leaders and Research Funding",
        "Collaboration, Partnerships, and Skills Development",
        "Place-based Approaches and Cluster Development",
        "Evidence-Based and Experimental Policies",
    ];

    private static readonly string[] TransportFindingTitles =
    [
        "Bus Networks and Regional Labour Markets",
        "Digital Connectivity for Clusters",
        "Evaluating Transport Investment",
    ];

    /// <summary>
    /// Each theme of the fixtures in alphabetical order, as every list shows them, with the number of findings that
    /// carry it: counted by hand from the themes: lists of tests/Fixtures/content/reviews/*/findings/*.md.
    /// </summary>
    private static readonly IReadOnlyList<(string Title, int Findings)> ThemeCounts =
    [
        ("Clusters and place-based policy", 2),
        ("Devolution and local leadership", 1),
        ("Evaluation and benchmarking", 3),
        ("Innovation ecosystems", 2),
        ("Partnerships and collaboration", 2),
        ("Research and development funding", 1),
        ("Skills and talent", 2),
        ("Technology push and demand pull", 1),
        ("Transport and connectivity", 3),
    ];

    private async Task<IHtmlDocument> Ok(string url)
    {
        var (response, document) = await app.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return document;
    }

    private static string Text(IHtmlDocument document) => document.Body!.TextContent;

    /// <summary>The page credits the Innovation Evidence Review in an attribution of its own.</summary>
    private static void AssertAttributed(IHtmlDocument document)
    {
        var attribution = Attribution(document, "Innovation Evidence Review");
        Assert.Contains("Dr Chloe Billing", attribution, StringComparison.Ordinal);
        Assert.Contains("Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham", attribution, StringComparison.Ordinal);
        Assert.Contains("CC BY-NC", attribution, StringComparison.Ordinal);
    }

    /// <summary>The page credits the made-up second review, with both authors, its publisher and its own licence.</summary>
    private static void AssertTransportAttributed(IHtmlDocument document)
    {
        var attribution = Attribution(document, TransportTitle);
        Assert.Contains("Professor Alex Example and Sam Sample", attribution, StringComparison.Ordinal);
        Assert.Contains("Test Fixtures Press, Example University", attribution, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", attribution, StringComparison.Ordinal);
        Assert.DoesNotContain("CC BY-NC", attribution, StringComparison.Ordinal);
    }

    /// <summary>
    /// A finding page shows its source once on screen: one citation, with the licence under it, and no separate
    /// source note (paper has the print footer).
    /// </summary>
    private static string FindingSource(IHtmlDocument document)
    {
        Assert.Empty(document.QuerySelectorAll("aside.attribution"));
        Assert.Single(document.QuerySelectorAll(".citation__text"));
        var source = document.QuerySelector("section.citation");
        Assert.NotNull(source);
        Assert.Equal("Source", source.QuerySelector("h2")?.TextContent.Trim());
        return source.TextContent;
    }

    private static string Attribution(IHtmlDocument document, string reviewTitle)
    {
        var asides = document.QuerySelectorAll("aside.attribution");
        Assert.NotEmpty(asides);
        return Assert.Single(asides, a => a.QuerySelector("cite")?.TextContent == reviewTitle).TextContent;
    }

    /// <summary>The theme cards list every fixture theme in order, each with its number of findings.</summary>
    private static void AssertThemeCounts(IEnumerable<IElement> cards) =>
        Assert.Equal(
            ThemeCounts.Select(t => $"{t.Title}: {t.Findings} finding{(t.Findings == 1 ? "" : "s")}"),
            cards.Select(c => $"{c.QuerySelector(".theme-grid__title")?.TextContent.Trim()}: {c.QuerySelector(".theme-grid__count")?.TextContent.Trim()}"));

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
        var description = document.QuerySelector<IHtmlMetaElement>("meta[name=description]")?.Content;
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.NotNull(document.QuerySelector($"a.skip-link[href='{url}#main-content']"));
        Assert.NotNull(document.QuerySelector("main#main-content"));
    }

    [Fact]
    public async Task Home_ListsEachReviewNewestFirstWithItsFindings_AndEveryThemeWithItsCount()
    {
        var document = await Ok("/");
        var text = Text(document);
        Assert.Contains("Local Partnerships", text, StringComparison.Ordinal);
        var reviews = document.QuerySelectorAll(".review-summary").ToList();
        Assert.Equal([TransportTitle, "Innovation Evidence Review"], reviews.Select(r => r.QuerySelector(".review-summary__title")?.TextContent.Trim()));
        Assert.Equal(TransportFindingTitles, reviews[0].QuerySelectorAll(".finding-list a").Select(a => a.TextContent.Trim()));
        Assert.Equal(FindingTitles, reviews[1].QuerySelectorAll(".finding-list a").Select(a => a.TextContent.Trim()));
        AssertThemeCounts(document.QuerySelectorAll(".theme-grid li"));
        AssertAttributed(document);
        AssertTransportAttributed(document);
    }

    [Fact]
    public async Task Reviews_ListsEachReviewUnderItsProgrammeThemeWithItsMetadataAndFindingCount()
    {
        var document = await Ok("/reviews");
        Assert.Equal(["Innovation", "Transport"], document.QuerySelectorAll(".review-group > h2").Select(h => h.TextContent.Trim()));
        var reviews = document.QuerySelectorAll(".review-summary").ToList();
        Assert.Equal(["Innovation Evidence Review", TransportTitle], reviews.Select(r => r.QuerySelector(".review-summary__title")?.TextContent.Trim()));
        Assert.Equal(TransportTitle, document.QuerySelectorAll(".review-group")[1].QuerySelector(".review-summary__title")?.TextContent.Trim());
        var innovation = reviews[0].TextContent;
        Assert.Contains("Dr Chloe Billing", innovation, StringComparison.Ordinal);
        Assert.Contains("October 2024", innovation, StringComparison.Ordinal);
        Assert.Contains("Read the 5 key findings", innovation, StringComparison.Ordinal);
        var transport = reviews[1].TextContent;
        Assert.Contains("Professor Alex Example and Sam Sample", transport, StringComparison.Ordinal);
        Assert.Contains("March 2025", transport, StringComparison.Ordinal);
        Assert.Contains("Read the 3 key findings", transport, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/reviews/innovation']"));
        Assert.NotNull(document.QuerySelector("a[href='/reviews/test-only-transport']"));
    }

    [Fact]
    public async Task Review_ShowsMetadataIntroductionCitationAndEveryFindingWithItsTakeawayInOrder()
    {
        var document = await Ok("/reviews/innovation");
        var text = Text(document);
        foreach (var expected in new[]
                 {
                     "Dr Chloe Billing", "Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham",
                     "October 2024", "Creative Commons Attribution-NonCommercial (CC BY-NC)", "Innovation",
                     "The aim of the review is to identify key questions",
                     "Billing, C 2024, Innovation Evidence Review: Local Policy Innovation Partnership (LPIP). The Local Policy Innovation Partnership Hub.",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        Assert.Equal(FindingTitles, document.QuerySelectorAll("article.finding-card h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(5, document.QuerySelectorAll("article.finding-card div.takeaway").Length);
        Assert.Equal("Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)", document.QuerySelector(".citation__text em")?.TextContent);
        Assert.NotNull(document.QuerySelector("a[rel=license][href='https://creativecommons.org/licenses/by-nc/4.0/']"));
        Assert.Equal("Innovation Evidence Review on birmingham.ac.uk", document.QuerySelector(".review-meta a[href^='https://www.birmingham.ac.uk']")?.TextContent);
    }

    [Fact]
    public async Task Review_LeadsWithItsIntroduction_ThenItsFindings_ThenItsDetails()
    {
        var document = await Ok("/reviews/innovation");
        var order = document.QuerySelectorAll("#findings-heading, #about-heading, #details-heading, .citation h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.Equal(["About this review", "Key findings", "Review details", "How to cite this review"], order);
        // The introduction's own words end "...are as follows:": the findings follow them.
        Assert.EndsWith("are as follows:", document.QuerySelector("#about-heading + .prose")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(
            ["/reviews/innovation#findings-heading", "/reviews/innovation#details-heading"],
            document.QuerySelectorAll(".review-lead a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Go to the 5 key findings", document.QuerySelector(".review-lead a")?.TextContent.Trim());
    }

    [Fact]
    public async Task SecondReview_IsSaidToBeOnItsOwnPublishersSite_UnderItsOwnLicence()
    {
        var document = await Ok("/reviews/test-only-transport");
        var details = document.QuerySelector(".review-meta")?.TextContent ?? "";

        Assert.Contains("Test Fixture Review of Transport and Connectivity on example.org", details, StringComparison.Ordinal);
        Assert.DoesNotContain("Birmingham", details, StringComparison.Ordinal);
        Assert.Contains("Creative Commons Attribution 4.0 International (CC BY 4.0)", details, StringComparison.Ordinal);
        Assert.Contains("for any purpose", details, StringComparison.Ordinal);
        Assert.DoesNotContain("non-commercial", details, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/findings/no-such-finding")]
    [InlineData("/themes/no-such-theme")]
    [InlineData("/reviews/no-such-review")]
    [InlineData("/no/such/page")]
    [InlineData("/findings/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/findings/..%2F..%2Fetc%2Fpasswd")]
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

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
