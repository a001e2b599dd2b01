namespace LpipEvidence.Content;

/// <summary>
/// Bounds on what a content folder may hold, so that one mistaken file (a 50 MB paste, a folder of generated
/// files) is reported as an error instead of exhausting the server's memory and time. Each limit that is exceeded
/// is a located <see cref="ContentError"/>.
/// </summary>
public sealed record ContentLimits
{
    /// <summary>The defaults: far above what a review needs (a finding is a few kilobytes).</summary>
    public static ContentLimits Default { get; } = new();

    /// <summary>Largest size of one content file in bytes (default 1 MiB).</summary>
    public long MaxFileBytes { get; init; } = 1L << 20;

    /// <summary>Largest total size of all content files in bytes (default 128 MiB).</summary>
    public long MaxTotalBytes { get; init; } = 128L << 20;

    /// <summary>Largest number of content files, the Markdown and synonym files the site reads (default 50,000).</summary>
    public int MaxFiles { get; init; } = 50_000;

    /// <summary>
    /// Longest line in characters (default 20,000: a long paragraph written on one line is a few thousand). Some
    /// Markdown constructs take time that grows faster than the length of the line they are on (a table row with
    /// thousands of cells, thousands of unclosed links), so this bounds the time any file can take to read.
    /// </summary>
    public int MaxLineLength { get; init; } = 20_000;

    /// <summary>Deepest folder nesting below the content root (default 16).</summary>
    public int MaxFolderDepth { get; init; } = 16;
}
