using Bunit;
using LpipEvidence.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace LpipEvidence.Web.Tests.Components;

public sealed class CitationBlockTests : BunitTestContext
{
    private IRenderedComponent<CitationBlock> Render(Action<ComponentParameterCollectionBuilder<CitationBlock>>? more = null) =>
        Context.Render<CitationBlock>(p =>
        {
            p.Add(c => c.Review, Samples.SecondReview);
            more?.Invoke(p);
        });

    [Fact]
    public void CitationBlock_ShowsTheReviewsOwnCitation_WithItsTitleInItalics()
    {
        var block = Render();

        var citation = block.Find("p.citation__text cite.review-citation");
        Assert.Equal("Example, A and Sample, S 2025, Test Fixture Review. Test Fixtures Press.", citation.TextContent);
        Assert.Equal("Test Fixture Review", citation.QuerySelector("em")?.TextContent);
    }

    [Fact]
    public void CitationBlock_IsASectionNamedByItsHeading()
    {
        var block = Render();

        var section = block.Find("section.citation");
        var heading = block.Find("h2");
        Assert.Equal("How to cite this review", heading.TextContent.Trim());
        Assert.Equal("cite-test-only-transport", heading.Id);
        Assert.Equal(heading.Id, section.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void CitationBlock_TakesItsHeadingsWordsAndLevel()
    {
        var block = Render(p => p.Add(c => c.Heading, "Cite the source").Add(c => c.HeadingLevel, 3));

        Assert.Empty(block.FindAll("h2"));
        Assert.Equal("Cite the source", block.Find("h3").TextContent.Trim());
    }

    [Fact]
    public void CitationBlock_OffersRisAndBibTeXDownloads_NamedForScreenReaders()
    {
        var block = Render();

        var downloads = block.FindAll(".citation__downloads a").ToList();
        Assert.Equal(["/reviews/test-only-transport/cite.ris", "/reviews/test-only-transport/cite.bib"], downloads.Select(a => Href.Parse(a.GetAttribute("href")).Path));
        Assert.All(downloads, a => Assert.True(a.HasAttribute("download")));
        Assert.Equal(["RIS citation", "BibTeX citation"], downloads.Select(a => a.TextContent));
    }

    [Fact]
    public void CitationBlock_CopyButton_CopiesThePlainCitation_DescribedByIt()
    {
        var block = Render();

        var button = block.Find("button");
        Assert.Contains("Copy citation", button.TextContent, StringComparison.Ordinal);
        Assert.Equal("citation-test-only-transport", button.GetAttribute("aria-describedby"));
        Assert.Equal("citation-test-only-transport", block.Find("p.citation__text").Id);
        Assert.Equal("Example, A and Sample, S 2025, Test Fixture Review. Test Fixtures Press.", button.GetAttribute("data-copy"));
    }

    [Fact]
    public void CitationBlock_PutsItsChildContentAfterTheCitationAndBeforeTheActions()
    {
        var block = Render(p => p.Add(c => c.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<p class=\"licence\">Licence words</p>"))));

        var children = block.Find("section.citation").Children.Select(c => string.IsNullOrEmpty(c.ClassName) ? c.LocalName : c.ClassName).ToList();
        Assert.Equal(["h2", "citation__text", "licence", "citation__actions"], children);
    }
}
