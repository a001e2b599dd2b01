using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Hosting;

namespace LpipEvidence.Web.Tests.Hosting;

public sealed class ContentLocatorTests
{
    private static readonly string ProjectFolder = Path.Combine(RepositoryPaths.Root, "src", "LpipEvidence.Web");

    [Fact]
    public void RelativePath_FromTheProjectFolder_FindsTheRepositoryContent()
    {
        // What `dotnet run --project src/LpipEvidence.Web -- check --content content` does from the repository root.
        Assert.Equal(RepositoryPaths.Content, ContentLocator.Resolve("content", ProjectFolder));
    }

    [Fact]
    public void RelativePath_ThatExistsHere_IsTakenFromHere()
    {
        Assert.Equal(Path.Combine(RepositoryPaths.Root, "content", "themes"), ContentLocator.Resolve("content/themes", RepositoryPaths.Root));
    }

    [Fact]
    public void RelativePath_FoundNowhere_IsTakenFromTheCurrentFolder()
    {
        Assert.Equal(Path.Combine(ProjectFolder, "no-such-folder"), ContentLocator.Resolve("no-such-folder", ProjectFolder));
    }

    [Fact]
    public void NoSetting_FindsTheNearestContentFolderAbove()
    {
        Assert.Equal(RepositoryPaths.Content, ContentLocator.Resolve(null, ProjectFolder, ProjectFolder));
    }
}
