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
    /// working copy when it differs from the last commit, then each commit that changed the file (following renames).
    /// Empty when the folder is not in a git work tree or the history cannot be read.
    /// </summary>
    public IReadOnlyList<ContentVersion> VersionsOf(string contentRoot, string sourcePath)
    {
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
        catch (Exception ex) when (ex is LibGit2SharpException or IOException or UnauthorizedAccessException or DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            LogUnreadable(_logger, contentRoot, ex);
            return [];
        }
    }

    private static List<ContentVersion> Committed(Repository repository, string path)
    {
        var versions = new List<ContentVersion>();
        foreach (var entry in repository.Commits.QueryBy(path, new CommitFilter { SortBy = CommitSortStrategies.Time }))
        {
            if (entry.Commit[entry.Path]?.Target is not Blob blob) continue;
            versions.Add(new ContentVersion(entry.Commit.Sha, entry.Commit.Committer.When, blob.GetContentText()));
            if (versions.Count == MaxVersions) break;
        }
        return versions;
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "The git history of {Root} cannot be read; pages show change notes only")]
    private static partial void LogUnreadable(ILogger logger, string root, Exception exception);
}
