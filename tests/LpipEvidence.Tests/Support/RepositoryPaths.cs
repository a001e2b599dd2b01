namespace LpipEvidence.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests read the content fixtures kept under tests/.</summary>
public static partial class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The content tests read: a frozen copy of the first review plus a made-up second review, under
    /// <c>tests/Fixtures/content</c> (see its README). Tests never depend on what the shipped content holds.
    /// </summary>
    public static string FixtureContent { get; } = Path.GetFullPath(Path.Combine(Root, "tests/Fixtures/content"));

    /// <summary>A test PDF of the <c>draft</c> verb, made by <c>tests/Fixtures/pdf/make-pdfs.py</c>.</summary>
    public static string FixturePdf(string name) => Path.GetFullPath(Path.Combine(Root, "tests/Fixtures/pdf", name));

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
