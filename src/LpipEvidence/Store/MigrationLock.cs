namespace LpipEvidence.Store;

/// <summary>
/// An exclusive operating-system lock on a file (FileShare.None takes an advisory <c>flock</c> on Linux and a share
/// lock on Windows). The kernel releases it when the holding process ends, however it ends, so it can never be
/// left behind the way a row in the database can.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    private readonly FileStream _stream;

    private MigrationLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, retrying until <paramref name="wait"/> has passed.</summary>
    /// <exception cref="TimeoutException">Another process held the lock for the whole wait.</exception>
    public static async Task<MigrationLock> AcquireAsync(string path, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new MigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
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
}
