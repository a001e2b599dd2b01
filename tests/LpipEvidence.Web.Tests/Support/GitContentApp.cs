using LibGit2Sharp;
using LpipEvidence.History;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>
/// The app over a copy of the content fixtures kept in a temporary git repository (LibGit2Sharp), where "Digital
/// Connectivity for Clusters" has three versions: a first commit (1 May 2025), the fixture's text (committed 1 June
/// 2025), and an edit not yet committed.
/// </summary>
public sealed class GitContentApp : IDisposable
{
    public const string Slug = "digital-connectivity-for-clusters";
    public const string FindingPath = "reviews/test-only-transport/findings/02-digital-connectivity-for-clusters.md";

    /// <summary>The fixture's sentence, as the first commit had it.</summary>
    public const string FirstText = "Made-up fixture text: broadband coverage helps small firms in rural clusters to collaborate with universities.";

    /// <summary>The fixture's sentence as it stands, committed second.</summary>
    public const string SecondText = "Made-up fixture text: broadband and mobile coverage help small firms in rural clusters to collaborate with universities and with each other.";

    /// <summary>The sentence in the working copy.</summary>
    public const string WorkingText = "Made-up fixture text: broadband and mobile coverage help small firms in remote clusters to collaborate with universities and with each other.";

    private readonly TempContent _content = TempContent.CopyOf(RepositoryPaths.FixtureContent);

    public GitContentApp()
    {
        var finding = Path.Combine(_content.Root, FindingPath);
        var fixture = File.ReadAllText(finding);
        Assert.Contains(SecondText, fixture, StringComparison.Ordinal);

        Repository.Init(_content.Root);
        using (var repository = new Repository(_content.Root))
        {
            File.WriteAllText(finding, fixture.Replace(SecondText, FirstText, StringComparison.Ordinal));
            First = Commit(repository, "Add the content", new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero));
            File.WriteAllText(finding, fixture);
            Second = Commit(repository, "Say mobile too", new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.Zero));
        }
        File.WriteAllText(finding, fixture.Replace(SecondText, WorkingText, StringComparison.Ordinal));
        // The editors' preview: commit times and ids, and the uncommitted edit as a version.
        App = new OperationsAppFactory(new Dictionary<string, string> { ["Content:EditorPreview"] = "true" }, _content.Root);
        ReaderApp = new OperationsAppFactory(null, _content.Root);
    }

    /// <summary>The site as an editor previews it (<c>Content:EditorPreview</c>).</summary>
    public EvidenceAppFactory App { get; }

    /// <summary>The site as readers see it, on the same content.</summary>
    public EvidenceAppFactory ReaderApp { get; }

    /// <summary>The first commit's id.</summary>
    public string First { get; }

    /// <summary>The second commit's id.</summary>
    public string Second { get; }

    public static string WorkingCopy => ContentHistory.WorkingCopyId;

    private static string Commit(Repository repository, string message, DateTimeOffset when)
    {
        Commands.Stage(repository, "*");
        var editor = new Signature("Editor", "editor@example.org", when);
        return repository.Commit(message, editor, editor).Sha;
    }

    public void Dispose()
    {
        App.Dispose();
        ReaderApp.Dispose();
        // git marks its object files read-only.
        foreach (var file in Directory.EnumerateFiles(_content.Root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        _content.Dispose();
    }
}
