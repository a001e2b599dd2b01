namespace LpipEvidence.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests read the shipped content/ folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LpipEvidence.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("LpipEvidence.sln not found above " + AppContext.BaseDirectory);
    }
}
