namespace LpipEvidence.Store;

/// <summary>
/// What the last import attempt found, kept in memory for the status page. Thread-safe: imports can run on a
/// background thread while pages read.
/// </summary>
public sealed class ContentStatus
{
    private ImportResult? _last;

    /// <summary>The most recent attempt, or null before the first.</summary>
    public ImportResult? LastAttempt => Volatile.Read(ref _last);

    /// <summary>Records an attempt.</summary>
    public void Record(ImportResult result) => Volatile.Write(ref _last, result);
}
