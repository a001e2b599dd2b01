using Bunit;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class AttributionTests : BunitTestContext
{
    [Fact]
    public void Attribution_CreditsTheReviewsTitleAuthorsPublisherAndDate()
    {
        var attribution = Context.Render<Attribution>(p => p.Add(a => a.Review, Samples.SecondReview));

        var aside = attribution.Find("aside.attribution");
        Assert.Equal("Source and licence: Test Fixture Review", aside.GetAttribute("aria-label"));
        var title = attribution.Find("a > cite");
        Assert.Equal("Test Fixture Review", title.TextContent);
        Assert.Equal("/reviews/test-only-transport", Href.Parse(title.ParentElement!.GetAttribute("href")).Path);
        Assert.Contains(
            "Source: Test Fixture Review by Professor Alex Example and Sam Sample, Test Fixtures Press, Example University, March 2025.",
            ReaderText.Words(aside.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void Attribution_LinksTheLicence()
    {
        var attribution = Context.Render<Attribution>(p => p.Add(a => a.Review, Samples.SecondReview));

        var licence = attribution.Find("a[rel=license]");
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", licence.GetAttribute("href"));
        Assert.Contains("CC BY 4.0", licence.TextContent, StringComparison.Ordinal);
        Assert.Contains("Reproduced under the", attribution.Find("aside").TextContent, StringComparison.Ordinal);
    }
}
