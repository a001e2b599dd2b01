using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Tests.Import;

public sealed class StoreWriterTests : IAsyncLifetime
{
    private readonly TempStore _store = new();
    private readonly TempContent _content = TempContent.CopyOf(RepositoryPaths.FixtureContent);

    public async Task InitializeAsync() => await _store.MigrateAsync();

    public Task DisposeAsync()
    {
        _store.Dispose();
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Import_FixtureContent_StoresBothReviewsTheirFindingsAndThemes()
    {
        var result = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = _store.Open();
        var reviews = await db.Reviews.Include(r => r.Authors).OrderBy(r => r.Slug).ToListAsync();
        Assert.Equal(["innovation", "test-only-transport"], reviews.Select(r => r.Slug));
        Assert.Equal("Billing", reviews[0].Authors.Single().Family);
        Assert.Equal(["Example", "Sample"], reviews[1].Authors.OrderBy(a => a.Position).Select(a => a.Family));
        Assert.Contains("<em>Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)</em>", reviews[0].Citation.Html, StringComparison.Ordinal);
        // The fixtures' numbers (tests/Fixtures/README.md): 5 + 3 findings, 8 + 1 themes, 11 + 6 theme links.
        Assert.Equal(8, await db.Findings.CountAsync());
        Assert.Equal(5, await db.Findings.CountAsync(f => f.Review.Slug == "innovation"));
        Assert.Equal(9, await db.Themes.CountAsync());
        Assert.Equal(17, await db.FindingThemes.CountAsync());
        var clusters = await db.Findings.SingleAsync(f => f.Slug == "place-based-approaches-and-cluster-development");
        Assert.StartsWith("<p>Supporting cluster growth", clusters.Takeaway.Html, StringComparison.Ordinal);
        var import = await db.Imports.SingleAsync();
        Assert.Equal((2, 8, 9), (import.ReviewCount, import.FindingCount, import.ThemeCount));
    }

    [Fact]
    public async Task Import_SecondRunOfUnchangedContent_WritesNothing()
    {
        await _store.Importer.ImportAsync(_content.Root);
        _store.ResetWrites();

        var second = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Unchanged, second.Outcome);
        Assert.Empty(_store.Writes);
        await using var db = _store.Open();
        Assert.Equal(1, await db.Imports.CountAsync());
    }

    [Fact]
    public async Task Import_WithInvalidContent_KeepsPreviousContentAndWritesNothing()
    {
        await _store.Importer.ImportAsync(_content.Root);
        _content.Write("reviews/innovation/findings/05-evidence-based-and-experimental-policies.md", "---\ntitle: [broken\n---\n");
        _content.Write("themes/skills-and-talent.md", "");
        _store.ResetWrites();

        var result = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        Assert.Equal(2, result.Errors.Count);
        Assert.Empty(_store.Writes);
        await using var db = _store.Open();
        Assert.Equal(8, await db.Findings.CountAsync());
        Assert.True(await db.Findings.AnyAsync(f => f.Slug == "evidence-based-and-experimental-policies"));
        Assert.True(await db.Themes.AnyAsync(t => t.Slug == "skills-and-talent"));
        Assert.Same(result, _store.Status.LastAttempt);
    }

    [Fact]
    public async Task Import_ChangedContent_ReplacesTheStoredContent()
    {
        await _store.Importer.ImportAsync(_content.Root);
        var path = Path.Combine(_content.Root, "themes", "skills-and-talent.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: Skills and talent", "title: Skills, talent and training", StringComparison.Ordinal));

        var result = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = _store.Open();
        Assert.Equal("Skills, talent and training", (await db.Themes.SingleAsync(t => t.Slug == "skills-and-talent")).Title);
        Assert.Equal(9, await db.Themes.CountAsync());
        Assert.Equal(8, await db.Findings.CountAsync());
        Assert.Equal(2, await db.Imports.CountAsync());
    }

    [Fact]
    public async Task Import_IntoAnEmptyStore_WithInvalidContent_LeavesItEmpty()
    {
        _content.Write("themes/extra.md", "no front matter");

        var result = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        Assert.Equal("themes/extra.md:1:1: error: missing front matter: the file must start with a line '---', then 'key: value' lines, then '---'", Assert.Single(result.Errors).ToString());
        await using var db = _store.Open();
        Assert.Equal(0, await db.Reviews.CountAsync());
    }
}
