using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>Page tests, continued: finding pages (text, takeaway, credit, neighbours, related findings).</summary>
public sealed partial class PageTests
{
    [Fact]
    public async Task FindingOfTheSecondReview_NumbersItAmongItsOwnReviewsFindingsAndCreditsThatReview()
    {
        var document = await Ok("/findings/digital-connectivity-for-clusters");
        Assert.Equal("Digital Connectivity for Clusters", document.QuerySelector("h1")?.TextContent);
        Assert.Contains("Key finding 2 of 3", Text(document), StringComparison.Ordinal);
        Assert.Equal("/findings/bus-networks-and-regional-labour-markets", document.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/findings/evaluating-transport-investment", document.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        var source = Spaces().Replace(FindingSource(document), " ");
        Assert.Contains("Example, A and Sample, S 2025, Test Fixture Review of Transport and Connectivity. Test Fixtures Press.", source, StringComparison.Ordinal);
        Assert.Contains("Reproduced under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). You may share and adapt it for any purpose if you credit the source.", source, StringComparison.Ordinal);
        Assert.DoesNotContain("non-commercial", source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Finding_ShowsTextTakeawayThemesSourceCitationAndNeighbours()
    {
        var document = await Ok("/findings/place-based-approaches-and-cluster-development");
        Assert.Equal("Place-based Approaches and Cluster Development", document.QuerySelector("h1")?.TextContent);
        Assert.Contains("Innovation policies are increasingly shifting towards cooperative, multi-actor, and more 'place-based' approaches",
            document.QuerySelector(".finding-body")?.TextContent, StringComparison.Ordinal);
        var takeaway = document.QuerySelector("div.takeaway");
        Assert.NotNull(takeaway);
        Assert.Equal("Key takeaway", takeaway.QuerySelector("h2")?.TextContent.Trim());
        Assert.StartsWith("Supporting cluster growth is viewed as an impactful local innovation policy", takeaway.QuerySelector(".takeaway__text")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/themes/clusters-and-place-based-policy']"));
        Assert.NotNull(document.QuerySelector("a[href='/themes/partnerships-and-collaboration']"));
        Assert.Contains("Key finding 4 of 5", Text(document), StringComparison.Ordinal);
        Assert.Equal("/findings/collaboration-partnerships-and-skills-development", document.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/findings/evidence-based-and-experimental-policies", document.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        var source = Spaces().Replace(FindingSource(document), " ");
        Assert.Contains("Billing, C 2024, Innovation Evidence Review: Local Policy Innovation Partnership (LPIP).", source, StringComparison.Ordinal);
        Assert.Contains("(CC BY-NC). You may share and adapt it for non-commercial purposes if you credit the source.", source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding_PutsItsTakeawayFirst_AndListsRelatedFindingsWithTheThemesTheyShare()
    {
        var document = await Ok("/findings/place-based-approaches-and-cluster-development");
        var main = document.QuerySelector(".reading__main");
        Assert.NotNull(main);

        Assert.Equal("takeaway takeaway--prominent", main.FirstElementChild?.ClassName);
        var related = document.QuerySelectorAll(".related__item").ToList();
        Assert.Equal(5, related.Count);
        // The four that share its themes come first (ranked by the index's MoreLikeThis within them), then one that
        // only says similar things.
        Assert.Equal(
            [
                "/findings/collaboration-partnerships-and-skills-development",
                "/findings/digital-connectivity-for-clusters",
                "/findings/evaluating-transport-investment",
                "/findings/evidence-based-and-experimental-policies",
            ],
            related.Take(4).Select(r => r.QuerySelector("a")?.GetAttribute("href")).Order(StringComparer.Ordinal));
        var connectivity = Assert.Single(related, r => r.QuerySelector("a")?.GetAttribute("href") == "/findings/digital-connectivity-for-clusters");
        Assert.Contains("shares Clusters and place-based policy", connectivity.TextContent, StringComparison.Ordinal);
        Assert.Equal("Test Fixture Review of Transport and Connectivity", connectivity.QuerySelector("cite")?.TextContent);
        Assert.Contains("says similar things", related[4].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footer_DoesNotSendReadersToTheEditorsStatusPage()
    {
        var document = await Ok("/");
        Assert.Empty(document.QuerySelectorAll("footer a[href='/status']"));
        Assert.Empty(document.QuerySelectorAll("a[href='/status']"));
        Assert.Equal(HttpStatusCode.OK, (await app.GetPageAsync("/status")).Response.StatusCode);
    }

    [Fact]
    public async Task FirstFinding_HasNoPreviousLink()
    {
        var document = await Ok("/findings/importance-of-innovation-and-technology-policies");
        Assert.Null(document.QuerySelector("a[rel=prev]"));
        Assert.NotNull(document.QuerySelector("a[rel=next]"));
    }
}
