namespace LpipEvidence.History;

/// <summary>The word-level difference between the readable text (<see cref="VersionText"/>) of two versions of a file.</summary>
/// <param name="Older">The version compared from.</param>
/// <param name="Newer">The version compared to.</param>
/// <param name="Segments">The runs of text in reading order, or null when either text is too long to compare.</param>
public sealed record VersionComparison(ContentVersion Older, ContentVersion Newer, IReadOnlyList<DiffSegment>? Segments)
{
    /// <summary>
    /// Longest text compared, in characters: far above any finding (content files are at most 1 MB and a finding is
    /// a few KB), low enough that an old, oversized version in git cannot make a page slow.
    /// </summary>
    public const int MaxComparedLength = 100_000;

    /// <summary>Whether the two versions read the same (they may still differ in their other front matter).</summary>
    public bool IsUnchanged => Segments is { } segments && segments.All(s => s.Kind == DiffKind.Unchanged);

    /// <summary>Compares two versions' readable text word by word.</summary>
    public static VersionComparison Of(ContentVersion older, ContentVersion newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = VersionText.Of(older.Text);
        var after = VersionText.Of(newer.Text);
        var segments = before.Length > MaxComparedLength || after.Length > MaxComparedLength ? null : WordDiff.Compare(before, after);
        return new VersionComparison(older, newer, segments);
    }
}
