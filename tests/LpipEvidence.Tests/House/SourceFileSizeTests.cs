using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.House;

/// <summary>
/// The house rule from issue 19: no source file over 300 lines, except what tools generate (migrations and their
/// model snapshot) and test data (fixtures, golden files). A longer file is doing more than one job: split it into
/// rooms or, for a test class, into partial files by topic (see BriefingTests.Shared.cs).
/// </summary>
public sealed class SourceFileSizeTests
{
    private const int MaxLines = 300;

    private static readonly string[] Folders = ["src", "tests"];

    private static readonly string[] Extensions = [".cs", ".razor", ".css", ".js", ".sh"];

    private static readonly string[] Skipped = ["/bin/", "/obj/", "/Migrations/", "/Golden/", "/Fixtures/", "/TestResults/", "/node_modules/"];

    [Fact]
    public void EverySourceFile_HasAtMost300Lines()
    {
        var files = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories))
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Where(path => !Skipped.Any(skip => ("/" + path).Contains(skip, StringComparison.Ordinal)))
            .ToList();
        Assert.Contains("src/LpipEvidence.Web/Program.cs", files);
        Assert.True(files.Count > 100, $"only {files.Count} source files found under {RepositoryPaths.Root}");

        var tooLong = files
            .Select(path => (Path: path, Lines: File.ReadLines(Path.Combine(RepositoryPaths.Root, path)).Count()))
            .Where(file => file.Lines > MaxLines)
            .Select(file => $"{file.Path}: {file.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, $"Over {MaxLines} lines:\n{string.Join("\n", tooLong)}");
    }
}
