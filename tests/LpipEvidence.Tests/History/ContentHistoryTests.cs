using LibGit2Sharp;
using LpipEvidence.History;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.History;

/// <summary>Versions of a content file from git, when the content folder is in a git work tree, and none otherwise.</summary>
public sealed class ContentHistoryTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly ContentHistory _history = new();

    public void Dispose() => _content.Dispose();

    private static Commit CommitAll(Repository repository, string message, DateTimeOffset when)
    {
        Commands.Stage(repository, "*");
        var author = new Signature("Editor", "editor@example.org", when);
        return repository.Commit(message, author, author);
    }

    [Fact]
    public void Versions_OutsideAGitWorkTree_AreNone() =>
        Assert.Empty(_history.VersionsOf(_content.Root, TempContent.FirstFindingPath));

    [Fact]
    public void Versions_OfAFileChangedInTwoCommits_AreNewestFirstWithTheirText()
    {
        Repository.Init(_content.Root);
        using var repository = new Repository(_content.Root);
        var first = CommitAll(repository, "Add the review", new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero));
        _content.Write(TempContent.FirstFindingPath, TempContent.FirstFinding.Replace("Clusters matter for places.", "Clusters matter for regions.", StringComparison.Ordinal));
        var second = CommitAll(repository, "Correct the finding", new DateTimeOffset(2025, 2, 20, 9, 0, 0, TimeSpan.Zero));
        _content.Write(TempContent.SkillsThemePath, TempContent.SkillsTheme + "\nMore.\n");
        CommitAll(repository, "Another file only", new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

        var versions = _history.VersionsOf(_content.Root, TempContent.FirstFindingPath);

        Assert.Equal([second.Sha, first.Sha], versions.Select(v => v.Id));
        Assert.Contains("regions", versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("places", versions[1].Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 2, 20, 9, 0, 0, TimeSpan.Zero), versions[0].When);
    }

    [Fact]
    public void Versions_WithAnUncommittedEdit_StartWithTheWorkingCopy()
    {
        Repository.Init(_content.Root);
        using var repository = new Repository(_content.Root);
        CommitAll(repository, "Add the review", new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero));
        _content.Write(TempContent.FirstFindingPath, TempContent.FirstFinding.Replace("places", "towns", StringComparison.Ordinal));

        var versions = _history.VersionsOf(_content.Root, TempContent.FirstFindingPath);

        Assert.Equal(2, versions.Count);
        Assert.Equal(ContentHistory.WorkingCopyId, versions[0].Id);
        Assert.Contains("towns", versions[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Versions_OfAChangeMergedFromABranch_AppearOnce_AsTheNewestCommitHoldingIt()
    {
        Repository.Init(_content.Root);
        using var repository = new Repository(_content.Root);
        var first = CommitAll(repository, "Add the review", new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero));
        var main = repository.Head;
        var side = repository.CreateBranch("side");
        Commands.Checkout(repository, side);
        _content.Write(TempContent.FirstFindingPath, TempContent.FirstFinding.Replace("places", "regions", StringComparison.Ordinal));
        CommitAll(repository, "Correct the finding on a branch", new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero));
        Commands.Checkout(repository, main);
        _content.Write(TempContent.SkillsThemePath, TempContent.SkillsTheme + "\nMore.\n");
        CommitAll(repository, "Another file on main", new DateTimeOffset(2025, 2, 2, 9, 0, 0, TimeSpan.Zero));
        var editor = new Signature("Editor", "editor@example.org", new DateTimeOffset(2025, 2, 3, 9, 0, 0, TimeSpan.Zero));
        var merge = repository.Merge(side, editor, new MergeOptions { FastForwardStrategy = FastForwardStrategy.NoFastForward });
        Assert.Equal(MergeStatus.NonFastForward, merge.Status);

        var versions = _history.VersionsOf(_content.Root, TempContent.FirstFindingPath);

        Assert.Equal([merge.Commit.Sha, first.Sha], versions.Select(v => v.Id));
        Assert.Contains("regions", versions[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Versions_OfAContentFolderInsideALargerRepository_UseThePathWithinIt()
    {
        var repositoryRoot = Path.GetDirectoryName(_content.Root.TrimEnd(Path.DirectorySeparatorChar))!;
        var outer = Path.Combine(Path.GetTempPath(), "lpip-repo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = Path.Combine(outer, "knowledge-base");
            Directory.CreateDirectory(outer);
            CopyFolder(_content.Root, content);
            Repository.Init(outer);
            using var repository = new Repository(outer);
            CommitAll(repository, "Add content", new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero));

            var versions = _history.VersionsOf(content, TempContent.FirstFindingPath);

            Assert.Single(versions);
            Assert.NotEqual(repositoryRoot, outer);
        }
        finally
        {
            DeleteFolder(outer);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void DeleteFolder(string folder)
    {
        // git marks its object files read-only.
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(folder, recursive: true);
    }
}
