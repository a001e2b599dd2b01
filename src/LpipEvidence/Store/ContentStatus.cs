namespace LpipEvidence.Store;

/// <summary>
/// What the last import attempt found, kept in memory for the status page. Thread-safe: imports can run on a
/// background thread while pages read.
/// </summary>
public sealed class ContentStatus
{
    private ImportResult? _last;
    private long _generation;

    /// <summary>The most recent attempt, or null before the first.</summary>
    public ImportResult? LastAttempt => Volatile.Read(ref _last);

    /// <summary>Increases each time an import changes the store, so caches of stored content know to reload.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Raised after each change of <see cref="Generation"/>, so caches of rendered pages can drop them.</summary>
    public event Action? Changed;

    /// <summary>Called by the importer after it has committed new content.</summary>
    public void ContentChanged()
    {
        Interlocked.Increment(ref _generation);
        Changed?.Invoke();
    }

    /// <summary>Records an attempt.</summary>
    public void Record(ImportResult result) => Volatile.Write(ref _last, result);
}
