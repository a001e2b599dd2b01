using LpipEvidence.Content;
using LpipEvidence.Import;
using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpipEvidence.Tests.Store;

/// <summary>A review written <c>draft: true</c> reaches the store (and so any page, feed, download or index) only in a preview.</summary>
public sealed class DraftImportTests : IAsyncLifetime
{
    private readonly TempStore _store = new();
    private readonly TempContent _content = TempContent.CopyOf(RepositoryPaths.FixtureContent);

    public async Task InitializeAsync()
    {
        await _store.MigrateAsync();
        var review = Path.Combine(_content.Root, "reviews", "test-only-transport", "review.md");
        var text = await File.ReadAllTextAsync(review);
        await File.WriteAllTextAsync(review, text.Replace("\ntitle:", "\ndraft: true\ntitle:", StringComparison.Ordinal));
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Import_DraftReview_LeavesItAndItsFindingsOutOfTheStore()
    {
        var result = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal((1, 5), (result.ReviewCount, result.FindingCount));
        await using var db = _store.Open();
        Assert.Equal(["innovation"], await db.Reviews.Select(r => r.Slug).ToListAsync());
        Assert.Equal(5, await db.Findings.CountAsync());
        Assert.False(await db.ChangeNotes.AnyAsync(n => n.SubjectSlug == "test-only-transport"));
        Assert.Empty(_store.Status.DraftReviews);
    }

    [Fact]
    public async Task Import_WithShowDrafts_StoresTheDraftAndRecordsItAsOne()
    {
        var importer = new StoreWriter(_store.Factory, _store.Status, TimeProvider.System,
            NullLogger<StoreWriter>.Instance, drafts: new DraftPolicy(ShowDrafts: true));

        var result = await importer.ImportAsync(_content.Root);

        Assert.Equal((2, 8), (result.ReviewCount, result.FindingCount));
        await using var db = _store.Open();
        Assert.Equal(["innovation", "test-only-transport"], await db.Reviews.OrderBy(r => r.Slug).Select(r => r.Slug).ToListAsync());
        Assert.Equal(["test-only-transport"], _store.Status.DraftReviews);
    }

    [Fact]
    public async Task Import_SwitchingShowDraftsOnTheSameFiles_ReimportsRatherThanKeepingTheOtherSet()
    {
        await _store.Importer.ImportAsync(_content.Root);
        var preview = new StoreWriter(_store.Factory, _store.Status, TimeProvider.System,
            NullLogger<StoreWriter>.Instance, drafts: new DraftPolicy(ShowDrafts: true));

        var shown = await preview.ImportAsync(_content.Root);
        var hidden = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Imported, shown.Outcome);
        Assert.Equal(ImportOutcome.Imported, hidden.Outcome);
        await using var db = _store.Open();
        Assert.Equal(1, await db.Reviews.CountAsync());
    }

    [Fact]
    public void Read_DraftReview_IsValidAndReportedAsANote()
    {
        var read = ContentReader.Read(_content.Root);

        Assert.True(read.IsValid);
        var note = Assert.Single(ContentNote.For(read.Content!));
        Assert.StartsWith("content/reviews/test-only-transport/review.md:1:1: note: draft: ", note.Format("content"), StringComparison.Ordinal);
        Assert.Contains("delete the line 'draft: true'", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DraftWrittenOtherThanTrueOrFalse_IsALocatedError()
    {
        _content.Write("reviews/test-only-transport/review.md",
            File.ReadAllText(Path.Combine(_content.Root, "reviews", "test-only-transport", "review.md")).Replace("draft: true", "draft: yes please", StringComparison.Ordinal));

        var read = ContentReader.Read(_content.Root);

        var error = Assert.Single(read.Errors);
        Assert.Equal("reviews/test-only-transport/review.md:2:8: error: field 'draft' must be true or false; delete the line to leave it out", error.ToString());
    }

    [Fact]
    public void Read_FindingWithSuggestedThemes_IsValidAndReportedUntilConfirmed()
    {
        const string path = "reviews/innovation/findings/05-evidence-based-and-experimental-policies.md";
        var text = File.ReadAllText(Path.Combine(_content.Root, path));
        _content.Write(path, text.Replace("themes:", "themes-suggested: true\nthemes:", StringComparison.Ordinal));

        var read = ContentReader.Read(_content.Root);

        Assert.True(read.IsValid);
        var notes = ContentNote.For(read.Content!);
        var note = Assert.Single(notes, n => n.Path == path);
        Assert.Equal("themes suggested, not yet confirmed: evaluation-and-benchmarking; keep the ones that fit (1 to 3 themes), then delete the line 'themes-suggested: true'", note.Message);
    }
}
