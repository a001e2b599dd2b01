namespace LpipEvidence.Store;

/// <summary>
/// What the last import attempt found, kept in memory for the status page. Thread-safe: imports can run on a
/// background thread while pages read.
/// </summary>
public sealed class ContentStatus
{
    private ImportResult? _last;
    private long _generation;
    private int _hasContent;

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

    /// <summary>
    /// Whether the store holds content to show: false only until a first good import, so that a site started on
    /// content with errors explains that instead of showing empty pages.
    /// </summary>
    public bool HasContent => Volatile.Read(ref _hasContent) == 1;

    /// <summary>Records that the store holds imported content.</summary>
    public void MarkHasContent() => Volatile.Write(ref _hasContent, 1);

    private IReadOnlySet<string> _drafts = new HashSet<string>();

    /// <summary>
    /// Slugs of the draft reviews the store holds: none unless Content:ShowDrafts lets an editor preview them, when
    /// the pages of these reviews and their findings say they are drafts.
    /// </summary>
    public IReadOnlySet<string> DraftReviews => Volatile.Read(ref _drafts);

    /// <summary>Records which reviews in the store are drafts shown for preview.</summary>
    public void RecordDrafts(IEnumerable<string> reviewSlugs) =>
        Volatile.Write(ref _drafts, reviewSlugs.ToHashSet(StringComparer.Ordinal));

    /// <summary>Records an attempt; a valid one (imported or unchanged) means the store holds content.</summary>
    public void Record(ImportResult result)
    {
        Volatile.Write(ref _last, result);
        if (result.Outcome is ImportOutcome.Imported or ImportOutcome.Unchanged) MarkHasContent();
    }
}
