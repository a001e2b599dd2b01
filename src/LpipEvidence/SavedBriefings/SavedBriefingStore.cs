using System.Data.Common;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.SavedBriefings;

/// <summary>
/// Saves, finds and expires briefings in the briefings store, on SQLite or PostgreSQL alike. The store is migrated
/// on first use and again after a failed attempt, so a server that was down when the site started is picked up when
/// it comes back. Every failure to reach the store is a <see cref="BriefingStoreUnavailableException"/>.
/// </summary>
public sealed partial class SavedBriefingStore(IDbContextFactory<BriefingsDbContext> contextFactory, SavedBriefingLimits limits,
    TimeProvider time, ILogger<SavedBriefingStore> logger) : IDisposable
{
    /// <summary>Tries at a fresh id when one is taken already (1 in 2^64 per briefing kept: never, in practice).</summary>
    private const int IdAttempts = 3;

    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _ready;

    /// <summary>The limits in force.</summary>
    public SavedBriefingLimits Limits => limits;

    /// <summary>Applies the store's migrations unless done already (SQLite under the same file lock as the evidence store).</summary>
    public async Task EnsureReadyAsync(CancellationToken ct = default)
    {
        if (_ready) return;
        await _migrating.WaitAsync(ct);
        try
        {
            if (_ready) return;
            await GuardAsync(async () =>
            {
                await using var db = await contextFactory.CreateDbContextAsync(ct);
                // PostgreSQL: EF Core takes a lock in the database while it migrates, so instances starting together wait for each other.
                if (db.Database.IsSqlite()) await EvidenceStore.MigrateSqliteAsync(db, logger, null, ct);
                else await db.Database.MigrateAsync(ct);
                return true;
            });
            _ready = true;
        }
        finally
        {
            _migrating.Release();
        }
    }

    /// <summary>
    /// Saves a briefing under a new id, in one transaction: when this returns an id, the briefing and all its findings
    /// are committed; when it throws, nothing of it is kept. Returns a full result when the store holds its maximum.
    /// </summary>
    public async Task<SaveResult> SaveAsync(SavedBriefingDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await EnsureReadyAsync(ct);
        return await GuardAsync(async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            // Instances saving at the same moment may overshoot the cap by a few; it bounds the store's size, not an exact count.
            if (await db.Briefings.CountAsync(ct) >= limits.MaxBriefings)
            {
                LogFull(logger, limits.MaxBriefings);
                return new SaveResult(null);
            }
            for (var attempt = 1; ; attempt++)
            {
                var saved = New(draft);
                db.Briefings.Add(saved);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return new SaveResult(saved.Id);
                }
                catch (DbUpdateException) when (attempt < IdAttempts)
                {
                    // Only a taken id is worth another try; anything else is the store's failure, reported as such.
                    if (!await ExistsAsync(saved.Id, ct)) throw;
                    db.ChangeTracker.Clear();
                }
            }
        });
    }

    /// <summary>The briefing saved under <paramref name="id"/>, or null when the id is malformed, unknown or expired.</summary>
    public async Task<SavedBriefing?> FindAsync(string? id, CancellationToken ct = default)
    {
        if (!BriefingId.IsWellFormed(id)) return null;
        await EnsureReadyAsync(ct);
        return await GuardAsync(async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            var now = Now();
            var saved = await db.Briefings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.ExpiresAt > now, ct);
            saved?.Findings.Sort((a, b) => a.Position.CompareTo(b.Position));
            return saved;
        });
    }

    /// <summary>Deletes every briefing past its expiry, with its findings; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct);
        return await GuardAsync(async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            var now = Now();
            return await db.Briefings.Where(b => b.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        });
    }

    /// <summary>How many briefings the store holds, expired ones not yet cleaned up included.</summary>
    public async Task<int> CountAsync(CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct);
        return await GuardAsync(async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            return await db.Briefings.CountAsync(ct);
        });
    }

    /// <summary>Releases the lock that lets one caller migrate the store at a time.</summary>
    public void Dispose() => _migrating.Dispose();

    private SavedBriefing New(SavedBriefingDraft draft)
    {
        var id = BriefingId.New();
        var now = Now();
        return new SavedBriefing
        {
            Id = id,
            Title = draft.Title,
            Note = draft.Note,
            PreparedBy = draft.PreparedBy,
            Made = draft.Made,
            SavedAt = now,
            ExpiresAt = now + limits.KeepFor,
            Findings = draft.Findings.Select((f, i) => new SavedBriefingFinding { BriefingId = id, Position = i, Slug = f.Slug, Title = f.Title }).ToList(),
        };
    }

    private async Task<bool> ExistsAsync(string id, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Briefings.AnyAsync(b => b.Id == id, ct);
    }

    /// <summary>Now in UTC, to the microsecond: both providers keep that much, so what is read back equals what was written.</summary>
    private DateTime Now()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc);
    }

    private static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            throw new BriefingStoreUnavailableException("The briefings store cannot be used now: " + ex.GetBaseException().Message, ex);
        }
    }

    // A server that is down or refuses us, a file that cannot be written, a timeout: not bugs in this code.
    private static bool IsUnavailable(Exception ex) =>
        ex is DbException or DbUpdateException or TimeoutException or IOException or UnauthorizedAccessException
            or System.Net.Sockets.SocketException
        || (ex is InvalidOperationException && ex.InnerException is not null && IsUnavailable(ex.InnerException));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A briefing was not saved: the briefings store holds its maximum of {Max} briefings (Briefings:MaxBriefings)")]
    private static partial void LogFull(ILogger logger, int max);
}
