using AngleSharp.Dom;
using Bunit;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class ReviewMetadataTests : BunitTestContext
{
    private Dictionary<string, IElement> Terms(LpipEvidence.Catalog.ReviewSummary review) =>
        Context.Render<ReviewMetadata>(p => p.Add(m => m.Review, review))
            .FindAll("dl.review-meta > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!);

    [Fact]
    public void ReviewMetadata_GivesWhatAReaderNeedsToCreditTheReview()
    {
        var terms = Terms(Samples.SecondReview);

        Assert.Equal(["Authors", "Publisher", "Published", "Licence", "LPIP theme", "Original"], terms.Keys);
        Assert.Equal("Professor Alex Example and Sam Sample", terms["Authors"].TextContent);
        Assert.Equal("Test Fixtures Press, Example University", terms["Publisher"].TextContent);
        var published = terms["Published"].QuerySelector("time")!;
        Assert.Equal(("2025-03", "March 2025"), (published.GetAttribute("datetime"), published.TextContent));
        Assert.Equal("Transport", terms["LPIP theme"].TextContent);
        var original = terms["Original"].QuerySelector("a")!;
        Assert.Equal(("https://example.org/test-fixtures/transport-review", "Test Fixture Review on example.org"), (original.GetAttribute("href"), original.TextContent));
    }

    [Fact]
    public void ReviewMetadata_LinksTheLicence_AndSaysWhatItAllows()
    {
        var licence = Terms(Samples.SecondReview)["Licence"];

        var link = licence.QuerySelector("a[rel=license]")!;
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", link.GetAttribute("href"));
        Assert.Equal("Creative Commons Attribution 4.0 International (CC BY 4.0)", link.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(licence.QuerySelector(".review-meta__note")?.TextContent));
    }

    [Fact]
    public void ReviewMetadata_LicenceWithoutAnAddress_IsNamedWithoutALink_AndOneAuthorIsAnAuthor()
    {
        var terms = Terms(Samples.SecondReview with { LicenceUrl = null, Authors = [Samples.SecondReview.Authors[0]] });

        Assert.Empty(terms["Licence"].QuerySelectorAll("a"));
        Assert.StartsWith("Creative Commons Attribution 4.0 International (CC BY 4.0)", terms["Licence"].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Professor Alex Example", terms["Author"].TextContent);
    }
}
