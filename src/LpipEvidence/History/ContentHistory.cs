using System.Collections.Concurrent;
using LibGit2Sharp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpipEvidence.History;

/// <summary>
/// The versions of content files recorded in git, when the content folder is inside a git work tree (LibGit2Sharp).
/// Where it is not, or git cannot be read, there is simply no history: pages show the change notes alone.
/// </summary>
public sealed partial class ContentHistory(ILogger<ContentHistory>? logger = null)
{
    /// <summary>The id given to the working copy of a file whose text differs from its last commit.</summary>
    public const string WorkingCopyId = "working-copy";

    /// <summary>At most this many versions of one file are read.</summary>
    public const int MaxVersions = 50;

    /// <summary>At most this many commits are looked at for one file: a long history costs a page no more than this.</summary>
    public const int MaxCommitsScanned = 2000;

    /// <summary>
    /// Whether <paramref name="id"/> could name a version: <see cref="WorkingCopyId"/> or a full commit id (40 or 64
    /// lower-case hexadecimal digits). Anything else, from an address, is refused before git is asked.
    /// </summary>
    public static bool IsWellFormedId(string? id) =>
        id == WorkingCopyId || (id is { Length: 40 or 64 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'));

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private readonly ConcurrentDictionary<(string Head, string Path), IReadOnlyList<ContentVersion>> _cache = new();

    /// <summary>
    /// The versions of <paramref name="sourcePath"/> (relative to <paramref name="contentRoot"/>), newest first: the
    /// working copy when it differs from the last commit, then each commit that changed the file (renames not followed).
    /// Empty when the folder is not in a git work tree or the history cannot be read.
    /// </summary>
    public IReadOnlyList<ContentVersion> VersionsOf(string contentRoot, string sourcePath)
    {
        // Versions are an extra: whatever goes wrong reading git (a missing native library, a shallow or damaged
        // repository, a bug in the git library), the page shows its change notes alone.
        try
        {
            var gitFolder = Repository.Discover(contentRoot);
            if (gitFolder is null) return [];
            using var repository = new Repository(gitFolder);
            if (repository.Info.IsBare || repository.Info.WorkingDirectory is not { } workTree || repository.Head.Tip is not { } head) return [];

            var full = Path.GetFullPath(Path.Combine(contentRoot, sourcePath));
            var relative = Path.GetRelativePath(workTree, full).Replace('\\', '/');
            if (relative.StartsWith("../", StringComparison.Ordinal)) return [];

            var committed = _cache.GetOrAdd((head.Sha, relative), _ => Committed(repository, relative));
            var current = File.Exists(full) ? File.ReadAllText(full) : null;
            if (current is null || (committed.Count > 0 && Normalise(committed[0].Text) == Normalise(current))) return committed;
            return [new ContentVersion(WorkingCopyId, File.GetLastWriteTimeUtc(full), current), .. committed];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogUnreadable(_logger, contentRoot, ex);
            return [];
        }
    }

    /// <summary>
    /// The commits that changed the file, newest first: walked by commit time from HEAD, a commit counts when the file
    /// differs from its first parent's (a merge that brought a change in counts once, as the newest commit holding
    /// it). Renames are not followed. LibGit2Sharp's own file history (<c>QueryBy(path)</c>) is not used: it throws
    /// <see cref="KeyNotFoundException"/> on some histories with merges.
    /// </summary>
    private static List<ContentVersion> Committed(Repository repository, string path)
    {
        var versions = new List<ContentVersion>();
        ObjectId? newest = null;
        var scanned = 0;
        foreach (var commit in repository.Commits.QueryBy(new CommitFilter { SortBy = CommitSortStrategies.Time }))
        {
            if (++scanned > MaxCommitsScanned || versions.Count == MaxVersions) break;
            if (commit[path]?.Target is not Blob blob) continue;
            var parent = commit.Parents.FirstOrDefault();
            if (parent?[path]?.Target.Id == blob.Id || blob.Id == newest) continue;
            versions.Add(new ContentVersion(commit.Sha, commit.Committer.When, blob.GetContentText()));
            newest = blob.Id;
        }
        return versions;
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "The git history of {Root} cannot be read; pages show change notes only")]
    private static partial void LogUnreadable(ILogger logger, string root, Exception exception);
}
