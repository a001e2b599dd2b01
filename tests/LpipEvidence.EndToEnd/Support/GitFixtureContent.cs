using LibGit2Sharp;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// A copy of the content fixtures in a temporary git repository, so the site shows a finding's versions and the
/// difference between them whatever the checkout the tests run from (a clone, a shallow clone, no git at all).
/// "Digital Connectivity for Clusters" has two commits: an earlier wording (1 May 2025), then the fixture's own
/// (1 June 2025); every other file is committed once, as it is in the fixtures.
/// </summary>
public sealed class GitFixtureContent : IDisposable
{
    public const string ChangedFindingPath = "reviews/test-only-transport/findings/02-digital-connectivity-for-clusters.md";

    /// <summary>The sentence as the fixture has it (the newest version).</summary>
    public const string CurrentText = "broadband and mobile coverage help small firms in rural clusters to collaborate with universities and with each other.";

    /// <summary>The sentence as the first commit had it.</summary>
    public const string EarlierText = "broadband coverage helps small firms in rural clusters to collaborate with universities.";

    public GitFixtureContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "lpip-e2e-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.FixtureContent, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(RepositoryPaths.FixtureContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var finding = Path.Combine(Root, ChangedFindingPath);
        var fixture = File.ReadAllText(finding);
        if (!fixture.Contains(CurrentText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{ChangedFindingPath} no longer says “{CurrentText}”: update {nameof(GitFixtureContent)}.");
        }
        Repository.Init(Root);
        using var repository = new Repository(Root);
        File.WriteAllText(finding, fixture.Replace(CurrentText, EarlierText, StringComparison.Ordinal));
        Commit(repository, "Add the content", new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero));
        File.WriteAllText(finding, fixture);
        Commit(repository, "Say mobile too", new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.Zero));
    }

    /// <summary>The content folder, also the root of its git work tree.</summary>
    public string Root { get; }

    private static void Commit(Repository repository, string message, DateTimeOffset when)
    {
        Commands.Stage(repository, "*");
        var editor = new Signature("Editor", "editor@example.org", when);
        repository.Commit(message, editor, editor);
    }

    public void Dispose()
    {
        try
        {
            // git marks its object files read-only.
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
