using Microsoft.Extensions.Logging;

namespace LpipEvidence.Store;

/// <summary>
/// An exclusive operating-system lock on a file (FileShare.None takes an advisory <c>flock</c> on Linux and a share
/// lock on Windows). The kernel releases it when the holding process ends, however it ends, so it can never be
/// left behind the way a row in the database can.
/// </summary>
internal sealed partial class MigrationLock : IAsyncDisposable
{
    private readonly FileStream _stream;

    private MigrationLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, retrying until <paramref name="wait"/> has passed; says once that it waits.</summary>
    /// <exception cref="TimeoutException">Another process held the lock for the whole wait.</exception>
    public static async Task<MigrationLock> AcquireAsync(string path, TimeSpan wait, ILogger logger, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + wait;
        var waiting = false;
        while (true)
        {
            try
            {
                return new MigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // A start that seems stuck says why: another process is migrating this store.
                if (!waiting) LogWaiting(logger, path, wait.TotalSeconds);
                waiting = true;
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
            catch (IOException ex)
            {
                throw new TimeoutException(
                    $"Another process has been migrating the store for over {wait.TotalSeconds:0} s (it holds {path}). " +
                    "Wait for it to finish, or stop it; the lock is released as soon as that process ends.", ex);
            }
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Another process is migrating the store (it holds {Path}); waiting up to {Seconds} s for it to finish")]
    private static partial void LogWaiting(ILogger logger, string path, double seconds);
}
