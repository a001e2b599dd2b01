using LpipEvidence.Web.ContentFolder;

namespace LpipEvidence.Web.Tests.ContentFolder;

/// <summary>
/// Finding the content folder, over a repository-like folder tree built in a temp folder (a <c>content/</c> with
/// <c>reviews/</c> at the top, the web project two levels below), so the shipped content plays no part.
/// </summary>
public sealed class ContentLocatorTests : IDisposable
{
    private const string ContentFolderName = "content";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "lpip-locator-" + Guid.NewGuid().ToString("N"));

    public ContentLocatorTests()
    {
        Directory.CreateDirectory(Path.Combine(ContentFolder, "reviews"));
        Directory.CreateDirectory(Path.Combine(ContentFolder, "themes"));
        Directory.CreateDirectory(ProjectFolder);
    }

    private string Repository => Path.Combine(_root, "repo");

    private string ContentFolder => Path.Combine(Repository, ContentFolderName);

    private string ProjectFolder => Path.Combine(Repository, "src", "LpipEvidence.Web");

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public void RelativePath_FromTheProjectFolder_FindsTheRepositoryContent()
    {
        // What `dotnet run --project src/LpipEvidence.Web -- check --content content` does from the repository root.
        Assert.Equal(ContentFolder, ContentLocator.Resolve(ContentFolderName, ProjectFolder));
    }

    [Fact]
    public void RelativePath_ThatExistsHere_IsTakenFromHere()
    {
        Assert.Equal(Path.Combine(ContentFolder, "themes"), ContentLocator.Resolve(ContentFolderName + "/themes", Repository));
    }

    [Fact]
    public void RelativePath_ThatExistsHereAndAbove_IsTakenFromTheNearestFolder()
    {
        var nearer = Path.Combine(ProjectFolder, ContentFolderName);
        Directory.CreateDirectory(nearer);

        Assert.Equal(nearer, ContentLocator.Resolve(ContentFolderName, ProjectFolder));
    }

    [Fact]
    public void RelativePath_FoundNowhere_IsTakenFromTheCurrentFolder()
    {
        var missing = "no-such-folder-" + Guid.NewGuid().ToString("N");
        Assert.Equal(Path.Combine(ProjectFolder, missing), ContentLocator.Resolve(missing, ProjectFolder));
    }

    [Fact]
    public void AbsolutePath_IsTakenAsItIs()
    {
        var elsewhere = Path.Combine(_root, "elsewhere");
        Assert.Equal(elsewhere, ContentLocator.Resolve(elsewhere + Path.DirectorySeparatorChar + ".", ProjectFolder));
    }

    [Fact]
    public void NoSetting_FindsTheNearestContentFolderAbove()
    {
        Assert.Equal(ContentFolder, ContentLocator.Resolve(null, ProjectFolder, ProjectFolder));
    }

    [Fact]
    public void NoSetting_PassesOverAContentFolderWithoutReviews()
    {
        Directory.CreateDirectory(Path.Combine(ProjectFolder, ContentFolderName, "themes"));

        Assert.Equal(ContentFolder, ContentLocator.Resolve(null, ProjectFolder, ProjectFolder));
    }

    [Fact]
    public void NoSetting_TriesEachStartingFolderInTurn()
    {
        var outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(outside);

        Assert.Equal(ContentFolder, ContentLocator.Resolve(null, outside, outside, null, ProjectFolder));
    }
}
