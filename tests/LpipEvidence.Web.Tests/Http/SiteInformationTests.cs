using System.Net;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// The pages a UK public site must have (accessibility statement, About, privacy and cookies) and the footer that
/// reaches them, with "Report a problem with this page" on every page, all without JavaScript.
/// </summary>
public sealed class SiteInformationTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    public static TheoryData<string> PagesOfEveryKind { get; } =
    [
        "/", "/reviews", "/reviews/innovation", "/themes", "/themes/clusters-and-place-based-policy",
        "/findings/place-based-approaches-and-cluster-development", "/search?q=clusters", "/briefing", "/data",
        "/whats-new", "/about", "/accessibility", "/privacy",
    ];

    private static IReadOnlyList<IHtmlAnchorElement> FooterLinks(IHtmlDocument document) =>
        document.QuerySelectorAll("footer a").OfType<IHtmlAnchorElement>().ToList();

    [Theory]
    [MemberData(nameof(PagesOfEveryKind))]
    public async Task EveryPage_Footer_LinksTheAccessibilityStatementAboutPrivacyAndReportAProblem(string url)
    {
        var (response, document) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = FooterLinks(document).ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/accessibility", links["Accessibility statement"]);
        Assert.Equal("/about", links["About"]);
        Assert.Equal("/privacy", links["Privacy and cookies"]);
        // No address configured: the link leads to where the Hub can be reached.
        Assert.Equal("/about#contact", links["Report a problem with this page"]);
    }

    [Fact]
    public async Task AccessibilityStatement_HasTheSectionsTheRegulationsAskFor()
    {
        var (response, document) = await app.GetPageAsync("/accessibility");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Accessibility statement for LPIP Evidence", document.QuerySelector("h1")?.TextContent.Trim());
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Compliance status", headings);
        Assert.Contains("How accessible this website is: known issues", headings);
        Assert.Contains("Feedback and contact information", headings);
        Assert.Contains("Enforcement procedure", headings);
        Assert.Contains("How we tested this website", headings);
        Assert.Contains("Preparation of this accessibility statement", headings);
        var text = document.QuerySelector("main")!.TextContent;
        Assert.Contains("Web Content Accessibility Guidelines version 2.2 AA standard", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains("Equality and Human Rights Commission", text, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("main a[href='https://www.equalityadvisoryservice.com/']"));
    }

    [Fact]
    public async Task PrivacyPage_NamesEverythingStored_AndSaysNothingTracks()
    {
        var (response, document) = await app.GetPageAsync("/privacy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = document.QuerySelector("main")!.TextContent;
        Assert.Contains("does not track you", text, StringComparison.Ordinal);
        // The names a reader can look up in their browser: the working briefing's storage key and the one cookie.
        Assert.Contains("lpip-briefing", text, StringComparison.Ordinal);
        Assert.Contains(".AspNetCore.Antiforgery.", text, StringComparison.Ordinal);
        Assert.Contains("log of the requests", text, StringComparison.Ordinal);
        // A briefing saved with "Save and share" is the one thing a reader can choose to have kept on the server.
        Assert.Contains("Save and share", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AboutPage_SaysWhatTheHubAndTheSiteAreAndWhereToWrite()
    {
        var (response, document) = await app.GetPageAsync("/about");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["The Local Policy Innovation Partnerships Hub", "This knowledge base", "Who maintains it", "Contact"], headings);
        Assert.NotNull(document.QuerySelector("#contact"));
        Assert.NotNull(document.QuerySelector("main a[href='https://www.birmingham.ac.uk/research/city-redi/lpiphub']"));
    }

    [Fact]
    public async Task ReportAProblem_WithAContactAddress_IsAnEmailNamingThePage()
    {
        await using var configured = new OperationsAppFactory(new Dictionary<string, string> { ["Site:ContactEmail"] = "evidence@example.org" });

        var (_, document) = await configured.GetPageAsync("/findings/place-based-approaches-and-cluster-development?from=search");
        var href = FooterLinks(document).Single(a => a.TextContent.Trim() == "Report a problem with this page").GetAttribute("href")!;

        Assert.StartsWith("mailto:evidence@example.org?subject=", href, StringComparison.Ordinal);
        var body = Uri.UnescapeDataString(href[(href.IndexOf("&body=", StringComparison.Ordinal) + 6)..]);
        Assert.StartsWith("Page: http://localhost/findings/place-based-approaches-and-cluster-development?from=search\r\n", body, StringComparison.Ordinal);
        // The accessibility statement gives the same address to write to.
        var (_, statement) = await configured.GetPageAsync("/accessibility");
        Assert.NotNull(statement.QuerySelector("main a[href='mailto:evidence@example.org']"));
    }

    [Fact]
    public async Task ReportAProblem_OnANotFoundPage_NamesTheAddressThatWasAskedFor()
    {
        await using var configured = new OperationsAppFactory(new Dictionary<string, string> { ["Site:ContactEmail"] = "evidence@example.org" });

        var (response, document) = await configured.GetPageAsync("/findings/no-such-finding");
        var href = FooterLinks(document).Single(a => a.TextContent.Trim() == "Report a problem with this page").GetAttribute("href")!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(Uri.EscapeDataString("Page: http://localhost/findings/no-such-finding"), href, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("Evidence Team <evidence@example.org>")]
    [InlineData("evidence@example.org?cc=someone@example.org")]
    public async Task ContactEmail_ThatIsNotAPlainAddress_StopsTheSiteStarting(string value)
    {
        await using var configured = new OperationsAppFactory(new Dictionary<string, string> { ["Site:ContactEmail"] = value });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => configured.StartServer());

        Assert.Contains("Site:ContactEmail must be a plain e-mail address", error.Message, StringComparison.Ordinal);
    }
}
