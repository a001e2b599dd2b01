namespace LpipEvidence.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests read the shipped content/ folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>
    /// The content tests read: a frozen copy of the first review plus a made-up second review, under
    /// <c>tests/Fixtures/content</c> (see its README). Tests never depend on what the shipped content holds.
    /// </summary>
    public static string FixtureContent => Path.Combine(Root, "tests", "Fixtures", "content");

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
