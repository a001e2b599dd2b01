using Bunit;
using LpipEvidence.Store;
using LpipEvidence.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Components;

public sealed class DraftNoticeTests : BunitTestContext
{
    private IRenderedComponent<DraftNotice> Render(IEnumerable<string> drafts, string? reviewSlug = null, bool finding = false)
    {
        var status = new ContentStatus();
        status.RecordDrafts(drafts);
        Context.Services.AddSingleton(status);
        return Context.Render<DraftNotice>(p => p.Add(d => d.ReviewSlug, reviewSlug).Add(d => d.Finding, finding));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("innovation")]
    public void PublishedSite_ShowsNoNotice(string? reviewSlug)
    {
        Assert.Equal("", Render([], reviewSlug).Markup.Trim());
    }

    [Fact]
    public void DraftPreview_SaysOnEveryPageHowManyDraftsAreShown()
    {
        var notice = Render(["draft-one", "draft-two"]).Find("p.draft-notice");

        Assert.Equal("note", notice.GetAttribute("role"));
        Assert.StartsWith("Draft preview. This site is showing 2 draft reviews that are not published.", ReaderText.Words(notice.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void DraftReviewsPage_SaysItIsADraft_AndHowToPublishIt()
    {
        var notice = Render(["draft-one"], reviewSlug: "draft-one").Find("p.draft-notice--page");

        Assert.StartsWith("Draft: this review is not published.", ReaderText.Words(notice.TextContent), StringComparison.Ordinal);
        Assert.Equal("draft: true", notice.QuerySelector("code")?.TextContent);
    }

    [Fact]
    public void DraftReviewsFindingPage_SaysItsReviewIsADraft()
    {
        var notice = Render(["draft-one"], reviewSlug: "draft-one", finding: true).Find("p.draft-notice--page");

        Assert.StartsWith("Draft: this finding belongs to a review that is not published.", ReaderText.Words(notice.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedReviewsPage_InADraftPreview_ShowsNoNotice()
    {
        Assert.Equal("", Render(["draft-one"], reviewSlug: "innovation").Markup.Trim());
    }
}
