using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Web.Components.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>Links written by components come from the address table, escaped.</summary>
public sealed class ComponentAddressTests : BunitTestContext
{
    private static FindingView Finding(string slug) => new(slug, "A finding", 1, "innovation", "Innovation Evidence Review",
        "<p>Text.</p>", "Text.", "<p>Takeaway.</p>", "Takeaway.", []);

    [Fact]
    public void BriefingActions_ReadyMadeBriefing_EscapesTheSlugsAndTheTitle()
    {
        // A slug that is not one (as a hand-made view could hold) must stay one value, not end f= and add a title.
        var actions = Context.Render<BriefingActions>(p => p
            .Add(a => a.Findings, [Finding("first"), Finding("x&title=Hijacked")])
            .Add(a => a.Title, "Roads & rail"));

        var href = actions.Find("a.briefing-actions__ready").GetAttribute("href")!;
        Assert.StartsWith("/briefing?", href, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(href[href.IndexOf('?', StringComparison.Ordinal)..]);
        Assert.Equal("first,x&title=Hijacked", query["f"].ToString());
        Assert.Equal("Evidence briefing: Roads & rail", Assert.Single(query["title"]));
    }

    [Fact]
    public void CitationBlock_LinksTheReviewsCitationFiles()
    {
        var block = Context.Render<CitationBlock>(p => p.Add(c => c.Review, Samples.SecondReview));

        var links = block.FindAll(".citation__downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/reviews/test-only-transport/cite.ris", "/reviews/test-only-transport/cite.bib"], links);
    }

    [Fact]
    public void FindingCard_LinksTheSourceReview()
    {
        var card = Context.Render<FindingCard>(p => p.Add(c => c.Finding, Finding("a-finding")).Add(c => c.ShowReview, true));

        Assert.Equal("/reviews/innovation", card.Find(".finding-card__eyebrow a").GetAttribute("href"));
    }
}
