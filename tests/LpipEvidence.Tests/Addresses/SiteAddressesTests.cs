using LpipEvidence.Addresses;
using LpipEvidence.Content;

namespace LpipEvidence.Tests.Addresses;

public sealed class SiteAddressesTests
{
    [Theory]
    [InlineData(ContentKind.Review, "innovation", "/reviews/innovation")]
    [InlineData(ContentKind.Theme, "skills-and-talent", "/themes/skills-and-talent")]
    [InlineData(ContentKind.Finding, "a-finding", "/findings/a-finding")]
    public void Of_GivesEachKindsPage(ContentKind kind, string slug, string expected) =>
        Assert.Equal(expected, SiteAddresses.Of(kind, slug));

    [Theory]
    [InlineData("review", "/reviews/x")]
    [InlineData("theme", "/themes/x")]
    [InlineData("finding", "/findings/x")]
    public void Of_TheKindsWord_GivesTheSamePageAsTheKind(string kindName, string expected)
    {
        Assert.Equal(expected, SiteAddresses.Of(kindName, "x"));
        Assert.Equal(kindName, SiteAddresses.KindName(Enum.GetValues<ContentKind>().Single(k => SiteAddresses.Of(k, "x") == expected)));
    }

    [Fact]
    public void PathBuilders_EscapeTheValue_SoItCannotAddASegmentOrAQuery()
    {
        Assert.Equal("/findings/a%2Fb%3Fc%3Dd", SiteAddresses.Finding("a/b?c=d"));
        Assert.Equal("/reviews/x%23y/cite.ris", SiteAddresses.Ris("x#y"));
        Assert.Equal("/b/A%20b/docx", SiteAddresses.SavedBriefingExport("A b", "docx"));
        Assert.Equal("/api/themes/..%2Fsecret", SiteAddresses.ApiTheme("../secret"));
    }

    [Fact]
    public void RouteTemplates_MatchTheirBuilders()
    {
        Assert.Equal(SiteAddresses.Review("x"), SiteAddresses.ReviewRoute.Replace("{Slug}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.Theme("x"), SiteAddresses.ThemeRoute.Replace("{Slug}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.Finding("x"), SiteAddresses.FindingRoute.Replace("{Slug}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.FeedOf(ContentKind.Review, "x"), SiteAddresses.ReviewFeedRoute.Replace("{slug}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.FeedOf(ContentKind.Theme, "x"), SiteAddresses.ThemeFeedRoute.Replace("{slug}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.ChangesOf(ContentKind.Finding, "x"), SiteAddresses.FindingChangesRoute.Replace("{Slug}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.BibTeX("x"), SiteAddresses.BibTeXRoute.Replace("{slug}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.ApiFinding("x"), SiteAddresses.ApiFindingRoute.Replace("{slug}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.SavedBriefing("x"), SiteAddresses.SavedBriefingRoute.Replace("{Id}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.ApiSavedBriefing("x"), SiteAddresses.ApiSavedBriefingRoute.Replace("{id}", "x", StringComparison.Ordinal));
        Assert.Equal(SiteAddresses.SitemapPart(2), SiteAddresses.SitemapPartRoute.Replace("{part:int}", "2", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_KeepsOnlyTheWordsFiltersAndPage_Escaped()
    {
        Assert.Equal("/search", SiteAddresses.Search("  ", page: 1));
        Assert.Equal("/search?q=roads%20%26%20rail&theme=skills-and-talent&page=2&asTyped=true",
            SiteAddresses.Search(" roads & rail ", "skills-and-talent", null, 2, asTyped: true));
        Assert.Equal("/search?q=%23&review=innovation", SiteAddresses.Search("#", "", "innovation"));
    }

    [Fact]
    public void Briefing_EscapesEverySlugAndValue_KeepingTheCommasBetweenSlugs()
    {
        var address = SiteAddresses.Briefing(["a", "b&title=x"], new DateOnly(2026, 1, 2), "Roads & rail", null, "Me, myself");

        Assert.Equal("/briefing?f=a,b%26title%3Dx&made=2026-01-02&title=Roads%20%26%20rail&by=Me%2C%20myself", address);
        Assert.Equal("/briefing/md?f=a", SiteAddresses.Briefing(["a"], path: SiteAddresses.BriefingMarkdown));
        Assert.Equal("/briefing?title=T", SiteAddresses.Briefing([], title: "T"));
    }

    [Fact]
    public void ApiFindingsPage_LeavesOutTheFiltersNotAskedFor() =>
        Assert.Equal("/api/findings?page=3&pageSize=20&theme=skills-and-talent", SiteAddresses.ApiFindingsPage(3, 20, null, "skills-and-talent"));
}
