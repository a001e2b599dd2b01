using Bunit;
using LpipEvidence.Content;
using LpipEvidence.Store;
using LpipEvidence.Web.Components.Layout;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>The page every reader sees while the store holds no content (first start on content with errors).</summary>
public sealed class ContentUnavailableTests : BunitTestContext
{
    private readonly DefaultHttpContext _http = new();

    /// <summary>A store with no content, whose last import (if any) failed with <paramref name="errors"/>.</summary>
    private void Given(params ContentError[] errors)
    {
        var status = new ContentStatus();
        if (errors.Length > 0) status.Record(new ImportResult(ImportOutcome.Invalid, errors, "hash", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), 0, 0, 0));
        Context.Services.AddSingleton(status);
    }

    private IRenderedComponent<ContentUnavailable> Show() => Context.Render<ContentUnavailable>(p => p.AddCascadingValue<HttpContext>(_http));

    private IRenderedComponent<ContentUnavailable> Render(params ContentError[] errors)
    {
        Given(errors);
        return Show();
    }

    [Fact]
    public void SaysTheEvidenceCannotBeShownYet_AndWhy()
    {
        var page = Render(new ContentError("reviews/a.md", 3, 1, "title is missing"));

        Assert.Equal("The evidence cannot be shown yet", page.Find("h1").TextContent);
        Assert.Contains("The content of this site has errors, and no earlier version has been published here",
            ReaderText.Words(page.Find(".status-alert").TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void WithErrors_CountsThemForEditors_AndLinksToTheStatusPage()
    {
        var page = Render(new ContentError("reviews/a.md", 3, 1, "title is missing"), new ContentError("themes/b.md", 1, 1, "slug is taken"));

        var paragraph = page.Find("p:last-of-type");
        Assert.Contains("Editors can see the 2 errors to fix, each with its file and line, on the content status page.", ReaderText.Words(paragraph.TextContent), StringComparison.Ordinal);
        Assert.Equal("/status", Assert.Single(paragraph.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void WithoutARecordedAttempt_StillLeadsEditorsToTheStatusPage()
    {
        var page = Render();

        var paragraph = page.Find("p:last-of-type");
        Assert.Contains("Editors can see what is wrong on the content status page.", ReaderText.Words(paragraph.TextContent), StringComparison.Ordinal);
        Assert.DoesNotContain("errors to fix", paragraph.TextContent, StringComparison.Ordinal);
        Assert.Equal("/status", Assert.Single(paragraph.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void AnswersServiceUnavailable_AskingToTryAgainInAMinute()
    {
        Render(new ContentError("reviews/a.md", 3, 1, "title is missing"));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, _http.Response.StatusCode);
        Assert.Equal("60", _http.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public void IsTitled_AndKeptOutOfSearchEngines()
    {
        Given();
        var head = Context.Render<HeadOutlet>();
        Show();

        Assert.Equal("Content not available yet – LPIP Evidence", head.Find("title").TextContent);
        Assert.Equal("noindex", head.Find("meta[name=robots]").GetAttribute("content"));
    }
}
