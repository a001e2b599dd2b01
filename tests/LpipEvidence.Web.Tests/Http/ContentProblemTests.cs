using System.Net;
using LpipEvidence.Import;
using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>Bad content never breaks the site: the last good content is served and /status says what is wrong.</summary>
public sealed class ContentProblemTests
{
    [Fact]
    public async Task BrokenEdit_KeepsServingTheLastGoodContentAndStatusListsTheErrors()
    {
        using var content = TempContent.CopyOf(RepositoryPaths.FixtureContent);
        await using var app = new EvidenceAppFactory(content.Root);
        var (before, _) = await app.GetPageAsync("/findings/place-based-approaches-and-cluster-development");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        content.Write("reviews/innovation/findings/04-place-based-approaches-and-cluster-development.md", "---\ntitle: Broken\norder: four\nthemes: [clusters-and-place-based-policy]\n---\nText.\n");
        var result = (await app.Services.GetRequiredService<EvidenceImporter>().ImportAsync(content.Root)).Store;
        Assert.Equal(ImportOutcome.Invalid, result.Outcome);

        var (after, finding) = await app.GetPageAsync("/findings/place-based-approaches-and-cluster-development");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("Place-based Approaches and Cluster Development", finding.QuerySelector("h1")?.TextContent);

        var (status, page) = await app.GetPageAsync("/status");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var errors = page.QuerySelectorAll(".error-list li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("reviews/innovation/findings/04-place-based-approaches-and-cluster-development.md:3:8: error: field 'order' must be a whole number from 1 up", errors);
        Assert.Contains(errors, e => e.Contains(":6:1: error: the finding has no key takeaway", StringComparison.Ordinal));
        Assert.Contains("still serving the last good content", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Root, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidContentOnFirstStart_ExplainsWith503AndStatusListsTheErrors()
    {
        using var content = new TempContent();
        content.Write(TempContent.ClustersThemePath, "");
        await using var app = new EvidenceAppFactory(content.Root);

        foreach (var url in new[] { "/", "/reviews", "/themes/skills", "/findings/first-finding-about-clusters", "/search?q=clusters", "/briefing" })
        {
            var (response, page) = await app.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Equal("The evidence cannot be shown yet", page.QuerySelector("h1")?.TextContent);
            Assert.Contains("1 error to fix", page.Body!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("main a[href='/status']"));
        }

        var (statusResponse, status) = await app.GetPageAsync("/status");
        Assert.Equal(HttpStatusCode.OK, statusResponse.StatusCode);
        Assert.Equal("themes/clusters.md:1:1: error: the file is empty: it needs front matter between '---' lines and a body",
            status.QuerySelector(".error-list li")?.TextContent.Trim());
        Assert.Contains("No content has been imported yet.", status.Body!.TextContent, StringComparison.Ordinal);

        var (missing, _) = await app.GetPageAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // Feeds, downloads, the read API and the sitemap have nothing to give either, and say so without failing.
        foreach (var url in new[] { "/whats-new", "/whats-new/feed.atom", "/sitemap.xml", "/robots.txt", "/data", "/data/findings.csv",
                     "/data/findings.json", "/api/reviews", "/api/findings", "/api/themes/skills", "/openapi/v1.json" })
        {
            var (response, _) = await app.GetPageAsync(url);
            Assert.True((int)response.StatusCode < 500 || response.StatusCode == HttpStatusCode.ServiceUnavailable,
                $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task RestartWithContentThatCrashedTheReader_ServesTheLastGoodContent()
    {
        using var content = TempContent.CopyOf(RepositoryPaths.FixtureContent);
        var data = Path.Combine(Path.GetTempPath(), "lpip-restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = new EvidenceAppFactory(content.Root, data))
            {
                Assert.Equal(HttpStatusCode.OK, (await first.GetPageAsync("/themes/skills-and-talent")).Response.StatusCode);
            }

            // The typo that used to stop the site from starting at all.
            var path = "reviews/innovation/findings/01-importance-of-innovation-and-technology-policies.md";
            var text = await File.ReadAllTextAsync(Path.Combine(content.Root, path));
            content.Write(path, text.Replace("title: Importance of Innovation and Technology Policies", "title: [unclosed", StringComparison.Ordinal));

            await using var second = new EvidenceAppFactory(content.Root, data);
            var (response, page) = await second.GetPageAsync("/findings/importance-of-innovation-and-technology-policies");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Importance of Innovation and Technology Policies", page.QuerySelector("h1")?.TextContent);

            var (_, status) = await second.GetPageAsync("/status");
            var error = Assert.Single(status.QuerySelectorAll(".error-list li")).TextContent.Trim();
            Assert.StartsWith($"{path}:2:", error, StringComparison.Ordinal);
            Assert.Contains("still serving the last good content", status.Body!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task RawHtmlInContent_IsShownAsTextNeverRun()
    {
        using var content = new TempContent();
        content.Write(TempContent.FirstFindingPath, """
            ---
            title: First Finding About Clusters
            order: 1
            themes: [clusters]
            ---
            Clusters <script>alert('x')</script> matter. <img src=x onerror=alert(1)>

            ## Key takeaway

            Support <b>clusters</b>.
            """);
        await using var app = new EvidenceAppFactory(content.Root);

        var (response, page) = await app.GetPageAsync("/findings/first-finding-about-clusters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll("main img"));
        Assert.Empty(page.QuerySelectorAll("main .takeaway b"));
        Assert.Contains("<script>alert('x')</script>", page.QuerySelector(".finding-body")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAContentFile_WhileTheSiteRuns_IsPickedUpByTheWatcher()
    {
        using var content = TempContent.CopyOf(RepositoryPaths.FixtureContent);
        await using var app = new EvidenceAppFactory(content.Root) { Watch = true };
        var (_, before) = await app.GetPageAsync("/themes/skills-and-talent");
        Assert.Equal("Skills and talent", before.QuerySelector("h1")?.TextContent);

        var path = Path.Combine(content.Root, "themes", "skills-and-talent.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("title: Skills and talent", "title: Skills, talent and training", StringComparison.Ordinal));

        // The watcher waits for a quiet moment, then imports; give it up to 20 s on a busy machine.
        string? title = null;
        for (var attempt = 0; attempt < 80 && title != "Skills, talent and training"; attempt++)
        {
            await Task.Delay(250);
            title = (await app.GetPageAsync("/themes/skills-and-talent")).Document.QuerySelector("h1")?.TextContent;
        }
        Assert.Equal("Skills, talent and training", title);
    }
}
