using LpipEvidence.Import;
using LpipEvidence.Search;
using LpipEvidence.Store;
using LpipEvidence.Tests.Search;
using LpipEvidence.Tests.Support;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Tests.Import;

/// <summary>The import step: content, then store, then search index, with one log line per import.</summary>
public sealed class EvidenceImporterTests : IAsyncLifetime
{
    private readonly TempContent _content = TempContent.CopyOf(RepositoryPaths.FixtureContent);
    private readonly SearchStore _store = new();

    public async Task InitializeAsync() => await _store.Store.MigrateAsync();

    public Task DisposeAsync()
    {
        _store.Dispose();
        _content.Dispose();
        return Task.CompletedTask;
    }

    private List<(LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> ImportLines() =>
        _store.Log.Entries.Where(e => e.Category == nameof(EvidenceImporter)).Select(e => (e.Level, e.Message, e.State)).ToList();

    private static object? Value(IReadOnlyList<KeyValuePair<string, object?>> state, string name) => state.Single(p => p.Key == name).Value;

    [Fact]
    public async Task Import_WritesTheStoreThenTheIndex_AndLogsOneStructuredLine()
    {
        var report = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Imported, report.Store.Outcome);
        Assert.Equal(SearchIndexOutcome.Built, report.Index);
        Assert.True((await _store.SearchAsync("clusters")).Total > 0);
        var (level, message, state) = Assert.Single(ImportLines());
        Assert.Equal(LogLevel.Information, level);
        Assert.StartsWith("Import imported: 20 files read; 2 reviews, 8 findings, 9 themes, 0 errors; read ", message, StringComparison.Ordinal);
        Assert.Equal("imported", Value(state, "Outcome"));
        Assert.Equal(20, Value(state, "Files"));
        Assert.Equal(SearchIndexOutcome.Built, Value(state, "IndexOutcome"));
        foreach (var stage in new[] { "ReadMs", "StoreMs", "IndexMs" }) Assert.IsType<double>(Value(state, stage));
        Assert.Equal(report.Read.TotalMilliseconds, Value(state, "ReadMs"));
    }

    [Fact]
    public async Task ChangedContent_IsAnnouncedAgainOnceTheNewIndexServes()
    {
        var announced = new List<string?>();
        _store.Store.Status.Changed += () => announced.Add(_store.Index.State.Serving?.ContentHash);

        var report = await _store.Importer.ImportAsync(_content.Root);

        // Caches of rendered pages drop them at the store's commit and again when the index of that content serves.
        Assert.Equal(2, announced.Count);
        Assert.Equal(report.Store.Hash, announced[^1]);
        Assert.NotEqual(report.Store.Hash, announced[0]);
    }

    [Fact]
    public async Task SecondImportOfUnchangedContent_LeavesStoreAndIndexAlone()
    {
        await _store.Importer.ImportAsync(_content.Root);
        var folder = _store.Index.CurrentFolder;

        var report = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Unchanged, report.Store.Outcome);
        Assert.Equal(SearchIndexOutcome.Opened, report.Index);
        Assert.Equal(folder, _store.Index.CurrentFolder);
        Assert.Equal("unchanged", Value(ImportLines()[^1].State, "Outcome"));
    }

    [Fact]
    public async Task InvalidContent_KeepsTheIndexOfTheLastGoodContent_AndLogsAWarning()
    {
        await _store.Importer.ImportAsync(_content.Root);
        var folder = _store.Index.CurrentFolder;
        _content.Write("themes/skills-and-talent.md", "");

        var report = await _store.Importer.ImportAsync(_content.Root);

        Assert.Equal(ImportOutcome.Invalid, report.Store.Outcome);
        Assert.Equal(folder, _store.Index.CurrentFolder);
        Assert.True((await _store.SearchAsync("talent")).Total > 0);
        var (level, _, state) = ImportLines()[^1];
        Assert.Equal(LogLevel.Warning, level);
        Assert.Equal("invalid", Value(state, "Outcome"));
        Assert.Equal(1, Value(state, "Errors"));
    }

    [Fact]
    public async Task ChangedContent_IsSearchableAsSoonAsTheImportReturns()
    {
        await _store.Importer.ImportAsync(_content.Root);
        var path = "themes/skills-and-talent.md";
        var text = File.ReadAllText(Path.Combine(_content.Root, path));
        _content.Write(path, text.Replace("title: Skills and talent", "title: Skills, talent and apprenticeships", StringComparison.Ordinal));

        await _store.Importer.ImportAsync(_content.Root);

        // The theme and the two findings that carry it, by their theme label.
        var results = await _store.SearchAsync("apprenticeships");
        Assert.Equal(3, results.Total);
        Assert.Contains(results.Hits, h => h.Slug == "skills-and-talent");
        Assert.Contains(results.Themes, t => t.Title == "Skills, talent and apprenticeships");
    }

    [Fact]
    public async Task FailedStore_IsLoggedAsFailedWithTheStage()
    {
        // A store that was never migrated has no tables: writing it fails.
        using var unmigrated = new SearchStore();
        await Assert.ThrowsAnyAsync<Exception>(() => unmigrated.Importer.ImportAsync(_content.Root));
        var line = Assert.Single(unmigrated.Log.Entries, e => e.Category == nameof(EvidenceImporter));
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Equal("store", Value(line.State, "Stage"));
    }
}
