namespace LpipEvidence.EndToEnd.Support;

/// <summary>Finds the repository the tests were built from, so the app can serve the content fixtures kept under tests/.</summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "LpipEvidence.sln";

    /// <summary>The folder holding <c>LpipEvidence.sln</c>, found by walking up from the test assembly's folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The content tests read: a frozen copy of the first review plus a made-up second review, under
    /// <c>tests/Fixtures/content</c> (see its README). Tests never depend on what the shipped content holds.
    /// </summary>
    public static string FixtureContent { get; } = Path.GetFullPath(Path.Combine(Root, "tests/Fixtures/content"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        }
        throw new InvalidOperationException(
            $"Could not find {SolutionFile} in {AppContext.BaseDirectory} or any folder above it.");
    }
}
