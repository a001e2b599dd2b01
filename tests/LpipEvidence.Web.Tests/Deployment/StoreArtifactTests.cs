using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LpipEvidence.Search;
using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Store;
using LpipEvidence.Web.Tests.CommandLine;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Tests.Deployment;

/// <summary>
/// <c>import --output</c> builds a store artifact, and a site with <c>Store:Artifact</c> serves it read-only: pages,
/// search, exports and readiness work, and nothing beside the artifact is ever written.
/// </summary>
public sealed class StoreArtifactTests(ArtifactFixture artifact) : IClassFixture<ArtifactFixture>
{
    private const string Finding = "evaluating-transport-investment";

    /// <summary>Every kind of route a reader uses: pages, the search form and API, the briefing, exports, citations, status, health.</summary>
    public static readonly string[] Routes =
    [
        "/", "/reviews", "/reviews/innovation", "/themes", "/themes/skills-and-talent", $"/findings/{Finding}",
        "/search?q=clusters", "/search?q=skills&theme=skills-and-talent", "/api/search?q=transport",
        $"/briefing?f={Finding},digital-connectivity-for-clusters&title=Board", $"/briefing/md?f={Finding}", $"/briefing/docx?f={Finding}",
        "/reviews/innovation/cite.ris", "/reviews/innovation/cite.bib", "/status", "/health/ready", "/health/live",
    ];

    [Fact]
    public void ImportOutput_WritesASealedStoreWithItsIndexAndNothingElse()
    {
        var folder = Path.GetDirectoryName(artifact.File)!;

        Assert.Equal(["evidence.db", "evidence.db.search"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(artifact.File + ".search", SearchIndexManager.PointerFile)));
        Assert.Contains($"wrote the store artifact {artifact.File} (2 reviews, 8 findings, 9 themes; content ", artifact.Output, StringComparison.Ordinal);
        Assert.Contains($"search index format {SearchIndexManager.IndexFormat}) with its search index {artifact.File}.search", artifact.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportOutput_ExistingFile_IsNeverOverwritten()
    {
        var before = FolderFingerprint.Of(artifact.File);

        var (code, _, error) = await CommandLineTests.Run("import", "--content", RepositoryPaths.FixtureContent, $"--output={artifact.File}");

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {artifact.File} already exists. An artifact never changes once built", error, StringComparison.Ordinal);
        Assert.Equal(before, FolderFingerprint.Of(artifact.File));
    }

    [Fact]
    public async Task Import_IntoTheArtifactASiteServes_IsRefused()
    {
        var before = FolderFingerprint.Of(artifact.File);

        var (code, _, error) = await CommandLineTests.Run("import", "--content", RepositoryPaths.FixtureContent, $"--Store:Artifact={artifact.File}");

        Assert.Equal(2, code);
        Assert.Equal("error: Store:Artifact is set, and an artifact is never changed once built: build a new one with --output FILE", error.Trim());
        Assert.Equal(before, FolderFingerprint.Of(artifact.File));
    }

    [Fact]
    public async Task ImportOutput_InvalidContent_WritesNoArtifactAndLeavesNothingBehind()
    {
        using var content = new TempContent();
        content.Write(TempContent.ClustersThemePath, "");
        var file = Path.Combine(artifact.Folder, "invalid", "evidence.db");

        var (code, output, error) = await CommandLineTests.Run("import", "--content", content.Root, "--output", file);

        Assert.Equal(1, code);
        Assert.Contains("themes/clusters.md", output, StringComparison.Ordinal);
        Assert.Contains("; no artifact was written", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public async Task Served_EveryRouteAnswersAndNothingBesideTheArtifactIsWritten()
    {
        var file = artifact.Copy("served");
        var before = FolderFingerprint.Of(file);

        await using (var app = new ArtifactAppFactory(file))
        {
            var client = app.Client();
            foreach (var route in Routes)
            {
                var response = await client.GetAsync(route);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route} answered {(int)response.StatusCode}");
            }
            using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=clusters"));
            Assert.True(search.RootElement.GetProperty("total").GetInt32() > 0);
            var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/findings/{Finding}"));
            Assert.Equal("Evaluating Transport Investment", page.QuerySelector("h1")?.TextContent.Trim());
            Assert.Equal(before, FolderFingerprint.Of(file));
        }

        // Shutting down writes nothing either (no checkpoint, no index clean-up).
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, FolderFingerprint.Of(file));
    }

    [Fact]
    public async Task Served_TheStoreIsOpenedReadOnly_SoAnyWriteFails()
    {
        await using var app = new ArtifactAppFactory(artifact.File);
        _ = app.Client();
        var factory = app.Services.GetRequiredService<IDbContextFactory<EvidenceDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM Imports;"));

        Assert.Equal(8, error.SqliteErrorCode); // SQLITE_READONLY
        Assert.Contains("Mode=ReadOnly", db.Database.GetConnectionString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Served_ReadinessReportsTheArtifactAndItsIndex()
    {
        await using var app = new ArtifactAppFactory(artifact.File);
        var response = await app.Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => (Status: c.GetProperty("status").GetString(), Description: c.GetProperty("description").GetString()));
        Assert.Equal(["briefings", "content", "search-index", "store"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, c => Assert.Equal("Healthy", c.Status));
        var index = app.Services.GetRequiredService<SearchIndexManager>();
        Assert.Equal(artifact.File + ".search", index.Location);
        Assert.Equal($"Search index ready: content {index.State.Serving!.ShortName}.", checks["search-index"].Description);
    }

    [Fact]
    public async Task Served_ThroughALink_KeepsReadingTheArtifactItStartedOn()
    {
        var release = Path.GetDirectoryName(artifact.Copy("linked-release"))!;
        var current = Path.Combine(artifact.Folder, "current");
        Directory.CreateSymbolicLink(current, release);

        await using var app = new ArtifactAppFactory(Path.Combine(current, "evidence.db"));
        _ = app.Client();

        // Switching `current` to a new release later must not change what this instance reads.
        Assert.Equal(Path.Combine(release, "evidence.db"), app.Services.GetRequiredService<IOptions<StoreOptions>>().Value.Artifact);
        Assert.Equal(Path.Combine(release, "evidence.db.search"), app.Services.GetRequiredService<SearchIndexManager>().Location);
    }
}
