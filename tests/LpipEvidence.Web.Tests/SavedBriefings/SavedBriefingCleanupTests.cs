using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.SavedBriefings;
using LpipEvidence.Web.SavedBriefings;
using LpipEvidence.Web.Tests.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Tests.SavedBriefings;

/// <summary>The daily clean-up deletes what is past <c>Briefings:KeepFor</c>, and shrugs off a store that is down.</summary>
public sealed class SavedBriefingCleanupTests : IDisposable
{
    private static readonly DateTimeOffset Saved = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lpip-cleanup-" + Guid.NewGuid().ToString("N"));

    private SavedBriefingStore Store(DateTimeOffset now, string? file = null) => new(
        BriefingsDbContextFactory.Create(BriefingsProvider.Sqlite, $"Data Source={file ?? Path.Combine(_folder, "briefings.db")};Pooling=False"),
        new SavedBriefingLimits(TimeSpan.FromDays(30), 100), new Samples.FixedTime(now), NullLogger<SavedBriefingStore>.Instance);

    private static SavedBriefingCleanup Cleanup(SavedBriefingStore store) =>
        new(new SavedBriefingService(store, null!), Options.Create(new BriefingsOptions()), TimeProvider.System, NullLogger<SavedBriefingCleanup>.Instance);

    private static SavedBriefingDraft Draft() => SavedBriefingDraft.From(new Briefing
    {
        Date = DateOnly.FromDateTime(Saved.UtcDateTime),
        Findings = [new FindingView("a-finding", "A finding", 1, "review", "Review", "", "", "", "", [])],
        Sources = [],
    }, out _)!;

    [Fact]
    public async Task CleanUp_DeletesBriefingsPastKeepFor_AndKeepsYoungerOnes()
    {
        using var early = Store(Saved);
        var old = (await early.SaveAsync(Draft())).Id;
        using var later = Store(Saved.AddDays(20));
        var young = (await later.SaveAsync(Draft())).Id;
        using var today = Store(Saved.AddDays(31));

        var deleted = await Cleanup(today).CleanUpAsync(today, default);

        Assert.Equal(1, deleted);
        Assert.Null(await today.FindAsync(old));
        Assert.NotNull(await today.FindAsync(young));
    }

    [Fact]
    public async Task CleanUp_WithTheStoreDown_ReportsNothingDeletedAndDoesNotThrow()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "");
        using var store = Store(Saved, Path.Combine(blocker, "briefings.db"));

        Assert.Null(await Cleanup(store).CleanUpAsync(store, default));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
