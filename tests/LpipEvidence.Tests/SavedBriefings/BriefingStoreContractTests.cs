using LpipEvidence.SavedBriefings;
using LpipEvidence.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static LpipEvidence.Tests.SavedBriefings.SavedBriefingSamples;

namespace LpipEvidence.Tests.SavedBriefings;

/// <summary>
/// What every briefings store must do, whatever keeps it: run against SQLite always (<see cref="SqliteBriefingStoreTests"/>)
/// and against a real PostgreSQL server when one is configured (<see cref="PostgresBriefingStoreTests"/>).
/// </summary>
public abstract class BriefingStoreContractTests : IAsyncLifetime
{
    private protected readonly MovableTime Time = new(new DateTimeOffset(2026, 12, 4, 10, 30, 0, TimeSpan.Zero));

    protected IDbContextFactory<BriefingsDbContext> Factory { get; private set; } = default!;

    /// <summary>A factory of contexts on a new, empty store.</summary>
    protected abstract Task<IDbContextFactory<BriefingsDbContext>> CreateStoreAsync();

    /// <summary>A factory of contexts on the same store as <see cref="Factory"/>, with <paramref name="more"/> added to the options.</summary>
    protected abstract IDbContextFactory<BriefingsDbContext> SameStore(Action<DbContextOptionsBuilder> more);

    /// <summary>A factory of contexts on a store that cannot be reached.</summary>
    protected abstract IDbContextFactory<BriefingsDbContext> Unreachable();

    protected abstract Task DeleteStoreAsync();

    public async Task InitializeAsync() => Factory = await CreateStoreAsync();

    public Task DisposeAsync() => DeleteStoreAsync();

    private SavedBriefingStore Store(SavedBriefingLimits? limits = null, IDbContextFactory<BriefingsDbContext>? factory = null) =>
        new(factory ?? Factory, limits ?? SavedBriefingLimits.Default, Time, NullLogger<SavedBriefingStore>.Instance);

    /// <summary>Fails a save the moment the database has written its findings, as a server dying mid-save would.</summary>
    private sealed class FailAfterFindingsWritten : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        private static void Fail(System.Data.Common.DbCommand command)
        {
            if (command.CommandText.Contains("INSERT INTO \"BriefingFindings\"", StringComparison.Ordinal)) throw new TimeoutException("Killed mid-save.");
        }

        public override ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(System.Data.Common.DbCommand command,
            Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, System.Data.Common.DbDataReader result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(System.Data.Common.DbCommand command,
            Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return ValueTask.FromResult(result);
        }
    }

    [StoreFact]
    public async Task Save_ThenFind_GivesTheBriefingExactlyAsSaved()
    {
        var note = "First paragraph — with “quotes”, <b>not markup</b> & an emoji 🙂.\n\nSecond paragraph.";
        var briefing = Briefing("gamma-finding", "alpha-finding", "beta-finding") with
        {
            Title = "Board paper: innovation",
            Note = note,
            PreparedBy = "Policy team, Anytown Council",
            Made = new DateOnly(2026, 3, 1),
        };
        using var store = Store();

        var saved = await store.SaveAsync(Draft(briefing));
        var found = await Store().FindAsync(saved.Id);

        Assert.NotNull(found);
        Assert.Equal(["gamma-finding", "alpha-finding", "beta-finding"], found.Findings.Select(f => f.Slug));
        Assert.Equal(["Title of gamma-finding", "Title of alpha-finding", "Title of beta-finding"], found.Findings.Select(f => f.Title));
        Assert.Equal("Board paper: innovation", found.Title);
        Assert.Equal(note, found.Note);
        Assert.Equal("Policy team, Anytown Council", found.PreparedBy);
        Assert.Equal(new DateOnly(2026, 3, 1), found.Made);
        Assert.Equal(Time.Now.UtcDateTime, DateTime.SpecifyKind(found.SavedAt, DateTimeKind.Utc));
    }

    [StoreFact]
    public async Task Save_WithoutTitleNoteOrAuthor_KeepsThemEmpty()
    {
        using var store = Store();

        var found = await store.FindAsync((await store.SaveAsync(Draft(Briefing("alpha-finding")))).Id);

        Assert.NotNull(found);
        Assert.Null(found.Title);
        Assert.Null(found.Note);
        Assert.Null(found.PreparedBy);
        Assert.Equal(Today, found.Made);
    }

    [StoreFact]
    public async Task Save_GivesAnUnguessableShortIdEachTime()
    {
        using var store = Store();
        var ids = new List<string>();

        for (var i = 0; i < 20; i++) ids.Add((await store.SaveAsync(Draft(Briefing("alpha-finding")))).Id!);

        Assert.All(ids, id => Assert.True(BriefingId.IsWellFormed(id), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(20, await store.CountAsync());
    }

    [StoreFact]
    public async Task Find_UnknownOrMalformedId_FindsNothing()
    {
        using var store = Store();
        await store.SaveAsync(Draft(Briefing("alpha-finding")));

        Assert.Null(await store.FindAsync("AAAAAAAAAAA"));
        Assert.Null(await store.FindAsync("' OR 1=1 --"));
        Assert.Null(await store.FindAsync(new string('a', 5000)));
        Assert.Null(await store.FindAsync(""));
        Assert.Null(await store.FindAsync(null));
    }

    [StoreFact]
    public async Task Save_WhenTheStoreHoldsItsMaximum_SavesNothing()
    {
        using var store = Store(new SavedBriefingLimits(TimeSpan.FromDays(1), 2));
        await store.SaveAsync(Draft(Briefing("alpha-finding")));
        await store.SaveAsync(Draft(Briefing("beta-finding")));

        var third = await store.SaveAsync(Draft(Briefing("gamma-finding")));

        Assert.True(third.IsFull);
        Assert.Equal(2, await store.CountAsync());
    }

    [StoreFact]
    public async Task DeleteExpired_RemovesBriefingsPastTheirKeepForWithTheirFindings_AndKeepsTheRest()
    {
        using var store = Store(new SavedBriefingLimits(TimeSpan.FromDays(730), 100));
        var old = await store.SaveAsync(Draft(Briefing("alpha-finding", "beta-finding")));
        Time.Now = Time.Now.AddDays(400);
        var recent = await store.SaveAsync(Draft(Briefing("gamma-finding")));
        Time.Now = Time.Now.AddDays(331);

        Assert.Null(await store.FindAsync(old.Id));
        var deleted = await store.DeleteExpiredAsync();

        Assert.Equal(1, deleted);
        Assert.NotNull(await store.FindAsync(recent.Id));
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal([recent.Id!], await db.Briefings.Select(b => b.Id).ToListAsync());
        Assert.Equal(["gamma-finding"], await db.BriefingFindings.Select(f => f.Slug).ToListAsync());
    }

    [StoreFact]
    public async Task AStoreOpenedAgain_KeepsWhatWasSaved_AndMigratingAgainChangesNothing()
    {
        string id;
        using (var first = Store()) id = (await first.SaveAsync(Draft(Briefing("alpha-finding")))).Id!;

        using var second = Store();
        await second.EnsureReadyAsync();

        Assert.Equal("alpha-finding", Assert.Single((await second.FindAsync(id))!.Findings).Slug);
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [StoreFact]
    public async Task ASaveThatFailsAfterItsFindingsWereWritten_LeavesNoHalfBriefing()
    {
        using (var ready = Store()) await ready.EnsureReadyAsync();
        using var store = Store(factory: SameStore(o => o.AddInterceptors(new FailAfterFindingsWritten())));

        await Assert.ThrowsAsync<BriefingStoreUnavailableException>(() => store.SaveAsync(Draft(Briefing("alpha-finding", "beta-finding"))));

        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Briefings.CountAsync());
        Assert.Equal(0, await db.BriefingFindings.CountAsync());
    }

    [StoreFact]
    public async Task AStoreThatCannotBeReached_SaysSoWithItsOwnException()
    {
        using var store = Store(factory: Unreachable());

        await Assert.ThrowsAsync<BriefingStoreUnavailableException>(() => store.SaveAsync(Draft(Briefing("alpha-finding"))));
        await Assert.ThrowsAsync<BriefingStoreUnavailableException>(() => store.FindAsync("AAAAAAAAAAA"));
    }
}
