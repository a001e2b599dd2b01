using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using LpipEvidence.Credits;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// One name for each thing in the site's own words, on every page type: the Hub is <see cref="SiteNames.Hub"/> (or
/// <see cref="SiteNames.HubShort"/>), a review is its title alone. Quotations and citations (<c>blockquote</c>,
/// <c>q</c>, <c>cite</c>) keep the wording their review published.
/// </summary>
public sealed partial class SiteNamesTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    /// <summary>One address of each page type, from the fixtures.</summary>
    public static TheoryData<string> EveryPageType() =>
    [
        "/", "/reviews", "/reviews/innovation", "/reviews/test-only-transport", "/themes", "/themes/clusters-and-place-based-policy",
        "/findings/place-based-approaches-and-cluster-development", "/status", "/findings/no-such-finding",
        "/search?q=LPIP", "/search?q=innovation%20evidence%20review", "/search?q=colaboration",
        "/briefing?f=collaboration-partnerships-and-skills-development,digital-connectivity-for-clusters&title=Board&made=2025-05-01", "/briefing",
        "/data", "/map", "/whats-new", "/reviews/innovation/changes", "/findings/digital-connectivity-for-clusters/changes",
        "/about", "/accessibility", "/privacy", "/themes/clusters-and-place-based-policy/follow",
    ];

    /// <summary>Any name of the Hub spelt out: the right one and the ones reviews and older pages used.</summary>
    [GeneratedRegex(@"Local Policy Innovation (?:Partnerships?|Programme)(?: \(LPIP\))? Hub")]
    private static partial Regex HubNames();

    /// <summary>
    /// The other forms a review's name took: its title with its subtitle, its subtitle alone, and the title its
    /// citation gives the work ("Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)").
    /// </summary>
    private static readonly IReadOnlyList<string> OtherNames = FixtureFacts.Reviews.SelectMany(review => new[]
        {
            $"{review.Title}: {review.Subtitle}",
            review.Subtitle,
            review.CitedTitle != review.Title ? review.CitedTitle : null,
        }).OfType<string>().ToList();

    /// <summary>What the page says itself: its title, description and text, without quotations, citations and scripts.</summary>
    private static string OwnWords(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("script, style, template, blockquote, q, cite").ToList()) element.Remove();
        var described = document.QuerySelectorAll("meta[name=description], meta[property^='og:']").Select(m => m.GetAttribute("content"));
        return Regex.Replace(string.Join(" ", [document.Title, .. described, document.Body!.TextContent]), @"\s+", " ");
    }

    [Theory]
    [MemberData(nameof(EveryPageType))]
    public async Task EveryPage_NamesTheHubOneWay_OutsideQuotationsAndCitations(string url)
    {
        var (_, document) = await app.GetPageAsync(url);

        var own = OwnWords(document);

        Assert.DoesNotContain(HubNames().Matches(own).Select(m => m.Value), name => name != SiteNames.Hub);
        Assert.DoesNotContain("Local Policy Innovation Programme", own, StringComparison.Ordinal);
        Assert.DoesNotContain("LPIP Programme", own, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryPageType))]
    public async Task EveryPage_NamesEachReviewByItsTitleAlone(string url)
    {
        var (_, document) = await app.GetPageAsync(url);

        var own = OwnWords(document);

        Assert.NotEmpty(OtherNames);
        Assert.All(OtherNames, other => Assert.DoesNotContain(other, own, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheReviewsOwnWords_KeepTheirWording_AsQuotationAndCitation()
    {
        var (_, document) = await app.GetPageAsync("/reviews/innovation");

        // The fixture review calls the Hub two other names, in its introduction and its citation: both shown as published.
        Assert.Contains("Local Policy Innovation Programme (LPIP) Hub", document.QuerySelector("blockquote.review-words")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("The Local Policy Innovation Partnership Hub", document.QuerySelector(".citation__text cite")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Innovation Evidence Review", document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task TheSitesOwnWords_NameTheHub_WithTheOneName()
    {
        var pages = new List<string>();
        foreach (var url in new[] { "/", "/about", "/accessibility" })
        {
            var (_, document) = await app.GetPageAsync(url);
            pages.Add(OwnWords(document));
        }

        Assert.All(pages, own => Assert.Contains(SiteNames.Hub, own, StringComparison.Ordinal));
    }
}
