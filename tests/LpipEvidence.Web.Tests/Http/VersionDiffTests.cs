using System.Net;
using AngleSharp.Html.Dom;
using LpipEvidence.History;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// A finding's changes page where the content folder is a git work tree: its versions, and the exact difference of
/// its words between any two, marked with &lt;del&gt; and &lt;ins&gt; and words a screen reader says, chosen with plain
/// links or a GET form.
/// </summary>
public sealed class VersionDiffTests(GitContentApp git) : IClassFixture<GitContentApp>
{
    private const string Changes = "/findings/" + GitContentApp.Slug + "/changes";

    private async Task<IHtmlDocument> Ok(string url)
    {
        var (response, document) = await git.App.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document;
    }

    private static string Removed(IHtmlDocument page) => string.Concat(page.QuerySelectorAll(".word-diff del").Select(d => d.TextContent));

    private static string Added(IHtmlDocument page) => string.Concat(page.QuerySelectorAll(".word-diff ins").Select(d => d.TextContent));

    [Fact]
    public async Task ByDefault_TheNewestVersionIsComparedWithTheOneBefore()
    {
        var page = await Ok(Changes);

        var heading = page.QuerySelector("#comparison-heading")?.TextContent ?? "";
        Assert.Equal("From 1 June 2025, 09:30 UTC (" + git.Second[..7] + ") to Edits not yet committed", heading.Trim());
        Assert.Contains("rural", Removed(page), StringComparison.Ordinal);
        Assert.Contains("remote", Added(page), StringComparison.Ordinal);
        Assert.DoesNotContain("mobile", Removed(page) + Added(page), StringComparison.Ordinal);
        // The change notes stay listed above the comparison.
        Assert.Equal(2, page.QuerySelectorAll("ol.change-list > li").Length);
    }

    [Fact]
    public async Task TwoChosenVersions_ShowExactlyTheWordsThatChanged_AsDelAndInsWithSpokenLabels()
    {
        var page = await Ok($"{Changes}?from={git.First}&to={git.Second}");

        var diff = page.QuerySelector(".word-diff");
        Assert.NotNull(diff);
        Assert.Equal("region", diff.GetAttribute("role"));
        Assert.Equal("comparison-heading", diff.GetAttribute("aria-labelledby"));
        var marked = page.QuerySelectorAll(".word-diff del, .word-diff ins");
        Assert.NotEmpty(marked);
        Assert.All(marked, element =>
        {
            var labels = element.QuerySelectorAll(".visually-hidden").Select(l => l.TextContent).ToList();
            Assert.Equal([element.LocalName == "del" ? "[removed: " : "[added: ", "]"], labels);
        });
        // Without the spoken labels, what remains and what was added is the newer text, word for word.
        foreach (var label in page.QuerySelectorAll(".word-diff .visually-hidden").ToList()) label.Remove();
        foreach (var removed in page.QuerySelectorAll(".word-diff del").ToList()) removed.Remove();
        Assert.Contains(GitContentApp.SecondText, diff.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Digital Connectivity for Clusters\n\n", diff.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("themes:", diff.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRemovedAndAddedWords_AreThoseOfTheTwoVersions()
    {
        var page = await Ok($"{Changes}?from={git.First}&to={git.Second}");

        var removed = Removed(page);
        var added = Added(page);
        Assert.Contains("helps", removed, StringComparison.Ordinal);
        Assert.Contains("mobile", added, StringComparison.Ordinal);
        Assert.Contains("each other.", added, StringComparison.Ordinal);
        Assert.DoesNotContain("broadband", removed + added, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionsAreChosenWithAGetFormAndPlainLinks_ThatWorkWithoutJavaScript()
    {
        var page = await Ok(Changes);

        var form = page.QuerySelector("form.versions__form") as IHtmlFormElement;
        Assert.NotNull(form);
        Assert.Equal("get", form.Method.ToLowerInvariant());
        Assert.EndsWith(Changes, form.Action, StringComparison.Ordinal);
        var from = page.QuerySelector("select#version-from") as IHtmlSelectElement;
        var to = page.QuerySelector("select#version-to") as IHtmlSelectElement;
        Assert.NotNull(from);
        Assert.NotNull(to);
        Assert.Equal([ContentHistory.WorkingCopyId, git.Second, git.First], from.Options.Select(o => o.Value));
        Assert.Equal(git.Second, from.Value);
        Assert.Equal(ContentHistory.WorkingCopyId, to.Value);
        Assert.NotNull(page.QuerySelector("label[for=version-from]"));
        Assert.NotNull(page.QuerySelector("label[for=version-to]"));

        var links = page.QuerySelectorAll(".versions__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"{Changes}?from={git.Second}&to={ContentHistory.WorkingCopyId}", $"{Changes}?from={git.First}&to={git.Second}"], links);
        foreach (var link in links) await Ok(link!);
    }

    [Fact]
    public async Task TheSameVersionTwice_SaysSo()
    {
        var page = await Ok($"{Changes}?from={git.First}&to={git.First}");

        Assert.Contains("same version twice", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".word-diff"));
    }

    [Theory]
    [InlineData("?from=HEAD&to=HEAD~1")]
    [InlineData("?from=..%2F..%2Fetc%2Fpasswd&to=working-copy")]
    [InlineData("?from=27170a5&to=working-copy")]
    [InlineData("?from=%3Cscript%3E&to=working-copy")]
    [InlineData("?to=working-copy")]
    public async Task AddressesThatNameNoVersion_Answer400WithAMessage(string query)
    {
        var (response, page) = await git.App.GetPageAsync(Changes + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not name two versions", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task AVersionOfAnotherFileOrNoneAtAll_Answers404()
    {
        var (response, page) = await git.App.GetPageAsync($"{Changes}?from={new string('0', 40)}&to={git.Second}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task ForReaders_VersionsAreNamedByTheDayTheyWerePublished_WithoutCommitIdsOrUncommittedEdits()
    {
        var (response, page) = await git.ReaderApp.GetPageAsync(Changes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var from = (IHtmlSelectElement)page.QuerySelector("select[name=from]")!;
        Assert.Equal([git.Second, git.First], from.Options.Select(o => o.Value));
        Assert.Equal(["1 June 2025", "1 May 2025"], from.Options.Select(o => o.Text.Trim()));
        Assert.Equal("From 1 May 2025 to 1 June 2025", page.QuerySelector("#comparison-heading")?.TextContent.Trim());
        var main = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain(git.Second[..7], main, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", main, StringComparison.Ordinal);
        Assert.DoesNotContain("not yet committed", main, StringComparison.Ordinal);
        // Asking for the uncommitted edit is asking for a version readers do not have.
        var (workingCopy, _) = await git.ReaderApp.GetPageAsync($"{Changes}?from={git.Second}&to={ContentHistory.WorkingCopyId}");
        Assert.Equal(HttpStatusCode.NotFound, workingCopy.StatusCode);
    }

    [Fact]
    public async Task TheBreadcrumb_GoesThroughTheFindingsReview()
    {
        var page = await Ok(Changes);

        Assert.Equal(
            ["/", "/reviews", "/reviews/test-only-transport", "/findings/" + GitContentApp.Slug],
            page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
    }
}
