using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Search.Indexing;

/// <summary>
/// The index's generations on disk, next to the store's database file in <c>&lt;database&gt;.search/</c>: one folder
/// per generation (built aside, never modified once committed) and a small <see cref="PointerFile"/> naming the
/// generation in use, written last and replaced atomically. Everything that creates, opens, moves or removes those
/// folders goes through here.
/// </summary>
internal sealed partial class IndexGenerations(string location, TimeProvider time, ILogger logger)
{
    /// <summary>The file, inside <see cref="Location"/>, that names the generation in use.</summary>
    public const string PointerFile = "current";

    /// <summary>The folder holding the generations.</summary>
    public string Location { get; } = location;

    /// <summary>A new generation's folder for content <paramref name="generation"/> (not created).</summary>
    private string NewFolder(StoreGeneration generation) => Path.Combine(Location,
        string.Create(CultureInfo.InvariantCulture, $"g{generation.ShortName}-{time.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}"));

    /// <summary>Names the generation in <paramref name="folder"/> as the one in use: written aside and renamed over the old pointer, so it is never half-written.</summary>
    public void Point(string folder)
    {
        var temporary = Path.Combine(Location, $"{PointerFile}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(folder) + "\n"));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path.Combine(Location, PointerFile), overwrite: true);
    }

    /// <summary>The generation the pointer names, opened, when it has this version's format; null (and logged) when there is none or it cannot be used.</summary>
    public IndexSnapshot? OpenCurrent()
    {
        var (snapshot, _, error) = OpenPointed();
        if (error is not null) LogUnusable(logger, error, Location);
        if (snapshot is null || snapshot.Format == SearchIndexBuilder.Format) return snapshot;
        snapshot.Dispose();
        return null;
    }

    /// <summary>
    /// For a store served read-only: the generation the pointer names, opened, only when it has this version's
    /// format and was built from <paramref name="target"/>; otherwise why it cannot be used.
    /// </summary>
    public (IndexSnapshot? Snapshot, string? Problem) OpenServable(StoreGeneration target)
    {
        var (snapshot, problem, _) = OpenPointed();
        if (snapshot is null) return (null, problem);
        if (snapshot.Format != SearchIndexBuilder.Format)
        {
            problem = $"its search index has format {snapshot.Format}, and this version reads format {SearchIndexBuilder.Format}";
        }
        else if (snapshot.Generation != target)
        {
            problem = $"its search index was built from other content ({snapshot.Generation.ShortName}) than the store holds ({target.ShortName})";
        }
        else
        {
            return (snapshot, null);
        }
        snapshot.Dispose();
        return (null, problem);
    }

    /// <summary>
    /// Builds a new generation of <paramref name="source"/> in a folder of its own and opens it (not yet pointed
    /// to); a build that fails or is cancelled leaves no folder behind.
    /// </summary>
    public IndexSnapshot Build(SearchSource source, CancellationToken cancellationToken)
    {
        var folder = NewFolder(source.Generation);
        try
        {
            SearchIndexBuilder.Build(source, folder, SearchAnalysis.Analyzer, time.GetUtcNow(), cancellationToken);
            return IndexSnapshot.Open(folder);
        }
        catch
        {
            Remove(folder);
            throw;
        }
    }

    /// <summary>The generation the pointer names, opened whatever its format; otherwise why not, and the error if one was thrown.</summary>
    public (IndexSnapshot? Snapshot, string? Problem, Exception? Error) OpenPointed()
    {
        var pointer = Path.Combine(Location, PointerFile);
        if (!File.Exists(pointer)) return (null, $"it lacks its search index ({pointer} does not exist)", null);
        string name;
        try
        {
            name = File.ReadAllText(pointer).Trim();
        }
        catch (IOException ex)
        {
            return (null, $"its search index pointer {pointer} cannot be read ({ex.Message})", ex);
        }
        var folder = Path.Combine(Location, name);
        if (name.Length == 0 || name != Path.GetFileName(name) || name.StartsWith('.') || !System.IO.Directory.Exists(folder))
        {
            return (null, $"its search index pointer {pointer} names no index folder", null);
        }
        try
        {
            return (IndexSnapshot.Open(folder), null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CorruptIndexException or IndexFormatTooOldException
            or IndexFormatTooNewException or FormatException or KeyNotFoundException or JsonException or InvalidOperationException or ArgumentException)
        {
            return (null, $"its search index in {folder} cannot be opened ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// Removes every generation but <paramref name="keep"/>, and stray temporary pointer files. A folder another
    /// process is still writing (its Lucene write lock is held) is left alone. Failures are harmless: on a
    /// read-only disk nothing is removed, and a folder still open elsewhere is removed next time.
    /// </summary>
    public void RemoveAllBut(string keep)
    {
        try
        {
            if (!System.IO.Directory.Exists(Location)) return;
            foreach (var folder in System.IO.Directory.EnumerateDirectories(Location))
            {
                if (string.Equals(Path.GetFullPath(folder), Path.GetFullPath(keep), StringComparison.Ordinal)) continue;
                if (IsBeingWritten(folder)) continue;
                Remove(folder);
            }
            foreach (var file in System.IO.Directory.EnumerateFiles(Location, $"{PointerFile}.*.tmp")) File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCleanupFailed(logger, ex, Location);
        }
    }

    /// <summary>Removes one generation's folder; a failure is logged, and the folder is removed next time.</summary>
    public void Remove(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCleanupFailed(logger, ex, folder);
        }
    }

    private static bool IsBeingWritten(string folder)
    {
        try
        {
            using var directory = FSDirectory.Open(new DirectoryInfo(folder));
            return IndexWriter.IsLocked(directory);
        }
        catch (IOException)
        {
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index at {Path} cannot be used and will be rebuilt")]
    private static partial void LogUnusable(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove an old search index generation at {Path}; it will be tried again after the next build")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception, string path);
}
