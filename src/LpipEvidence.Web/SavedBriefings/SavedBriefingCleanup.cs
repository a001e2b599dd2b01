using LpipEvidence.SavedBriefings;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.SavedBriefings;

/// <summary>
/// Deletes saved briefings past <c>Briefings:KeepFor</c>, shortly after start and then every
/// <c>Briefings:CleanupEvery</c> (a day). Every instance runs it; deleting what another already deleted costs nothing.
/// A store that is down is tried again next time.
/// </summary>
public sealed partial class SavedBriefingCleanup(SavedBriefingService briefings, IOptions<BriefingsOptions> options, TimeProvider time,
    ILogger<SavedBriefingCleanup> logger) : BackgroundService
{
    /// <summary>Lets the site finish starting before the first clean-up.</summary>
    private static readonly TimeSpan FirstAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (briefings.Store is not { } store) return;
        try
        {
            await Task.Delay(FirstAfter, time, stoppingToken);
            using var timer = new PeriodicTimer(options.Value.CleanupEvery, time);
            do
            {
                await CleanUpAsync(store, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One clean-up: how many briefings it deleted, or null when the store could not be reached.</summary>
    public async Task<int?> CleanUpAsync(SavedBriefingStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            var deleted = await store.DeleteExpiredAsync(cancellationToken);
            LogCleaned(logger, deleted, store.Limits.KeepFor.TotalDays);
            return deleted;
        }
        catch (BriefingStoreUnavailableException ex)
        {
            LogCleanupFailed(logger, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved briefings clean-up: deleted {Deleted} kept longer than {Days} days")]
    private static partial void LogCleaned(ILogger logger, int deleted, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saved briefings clean-up skipped, tried again next time: {Reason}")]
    private static partial void LogCleanupFailed(ILogger logger, string reason);
}
