using System.Text;
using System.Text.RegularExpressions;
using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

/// <summary>
/// Generative tests: the fixture content mutated in thousands of ways an editor (or a bad disk, or a bad merge)
/// could mutate it. Whatever the files hold, reading never throws, and every error is located at a file and line
/// that exist, formatted <c>path:line:column: error: message</c>.
/// </summary>
[LongRunning]
public sealed partial class ContentFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>How the folder is named in formatted errors, as editors see them.</summary>
    private const string FolderName = "content";

    private static readonly ContentSnapshot Fixture = LoadFixture();

    private static ContentSnapshot LoadFixture()
    {
        var errors = new List<ContentError>();
        var snapshot = ContentFileSystem.Load(RepositoryPaths.FixtureContent, ContentLimits.Default, errors);
        Assert.Empty(errors);
        return snapshot;
    }

    [GeneratedRegex(@"^[^\s:][^:]*:[1-9][0-9]*:[1-9][0-9]*: error: \S.*$", RegexOptions.Singleline)]
    private static partial Regex Located();

    /// <summary>One mutated content folder and what was done to it, for the failure message.</summary>
    private sealed record Case(string Description, ContentSnapshot Snapshot);

    [Fact]
    public void Read_FixtureContent_IsValid()
    {
        var result = ContentReader.Read(Fixture, ContentLimits.Default);
        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Read_TruncatedAtEveryPoint_NeverThrowsAndLocatesEveryError() =>
        AssertAllLocated(Truncations(), minimumCases: 3_000);

    [Fact]
    public void Read_StrayYamlPunctuationTabsAndDuplicates_NeverThrowsAndLocatesEveryError() =>
        AssertAllLocated(FrontMatterMutations(), minimumCases: 2_000);

    [Fact]
    public void Read_RandomBytesNulsBomsAndLineEndings_NeverThrowsAndLocatesEveryError() =>
        AssertAllLocated(ByteMutations(seed: 20261127), minimumCases: 1_500);

    [Fact]
    public void Read_DeepNestingAliasesAndLongLines_NeverThrowsAndLocatesEveryError() =>
        AssertAllLocated(StructuralMutations(), minimumCases: 500);

    [Fact]
    public void Read_MissingSwappedAndEmptyFiles_NeverThrowsAndLocatesEveryError() =>
        AssertAllLocated(FileMutations(), minimumCases: 100);

    [Fact]
    public void Read_DeeplyNestedYaml_IsAnErrorNotAStackOverflow()
    {
        // Without the guard YamlDotNet recurses once per level and the process dies of a stack overflow.
        var nested = "---\ntitle: " + new string('[', 15_000) + "\n---\nText.\n";
        var result = ContentReader.Read(With(Fixture, "themes/skills-and-talent.md", nested), ContentLimits.Default);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("themes/skills-and-talent.md", 2), (error.Path, error.Line));
        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineLongerThanTheLimit_IsReportedOnItsLine()
    {
        var text = "---\ntitle: Skills\n---\nShort.\n\n" + new string('x', ContentLimits.Default.MaxLineLength + 1) + "\n";
        var error = Assert.Single(ContentReader.Read(With(Fixture, "themes/skills-and-talent.md", text), ContentLimits.Default).Errors);
        Assert.Equal(("themes/skills-and-talent.md", 6), (error.Path, error.Line));
        Assert.Contains("Content:Limits:MaxLineLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlAlias_IsRefusedWithItsLocation()
    {
        var text = "---\ntitle: &t Skills\norder: *t\n---\nText.\n";
        var error = Assert.Single(ContentReader.Read(With(Fixture, "themes/skills-and-talent.md", text), ContentLimits.Default).Errors);
        Assert.Equal((3, 8), (error.Line, error.Column));
        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedFlowSequence_IsALocatedError()
    {
        // The case that crashed `check` and stopped the site from starting.
        var path = "reviews/innovation/findings/01-importance-of-innovation-and-technology-policies.md";
        var original = Text(Fixture, path);
        var broken = original.Replace("title: Importance of Innovation and Technology Policies", "title: [unclosed", StringComparison.Ordinal);
        Assert.NotEqual(original, broken);
        var errors = ContentReader.Read(With(Fixture, path, broken), ContentLimits.Default).Errors;
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(path, e.Path));
        Assert.All(errors, e => Assert.Contains("malformed YAML", e.Message, StringComparison.Ordinal));
    }

    private void AssertAllLocated(IEnumerable<Case> cases, int minimumCases)
    {
        var count = 0;
        var failures = cases.AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(@case =>
            {
                Interlocked.Increment(ref count);
                return Check(@case.Snapshot) is { } problem ? $"{@case.Description}: {problem}" : null;
            })
            .OfType<string>().ToList();
        output.WriteLine($"{count} cases, {failures.Count} failed");
        Assert.True(count >= minimumCases, $"only {count} cases were generated");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases failed, for example:\n" + string.Join('\n', failures.Take(10)));
    }

    /// <summary>Null when reading the snapshot behaved, else what went wrong.</summary>
    private static string? Check(ContentSnapshot snapshot)
    {
        ContentReadResult result;
        try
        {
            result = ContentReader.Read(snapshot, ContentLimits.Default);
        }
        catch (Exception ex)
        {
            return $"threw {ex.GetType().Name}: {ex.Message}";
        }

        if (result.IsValid != (result.Errors.Count == 0)) return "validity disagrees with the errors";
        var known = snapshot.Files.Select(f => f.Path).Concat(snapshot.ReviewFolders.Select(r => $"{ContentLayout.ReviewsFolder}/{r}"))
            .Append(ContentLayout.ReviewsFolder).ToHashSet(StringComparer.Ordinal);
        foreach (var error in result.Errors)
        {
            var formatted = error.Format(FolderName);
            if (!Located().IsMatch(formatted)) return $"not located: '{formatted}'";
            if (!known.Contains(error.Path)) return $"names no file of the folder: '{formatted}'";
            var file = snapshot.Files.FirstOrDefault(f => f.Path == error.Path);
            if (file is not null && error.Line > LineCount(file.Bytes)) return $"line beyond the end of the file: '{formatted}'";
            if (error.Message.StartsWith(ContentReader.UnexpectedErrorPrefix, StringComparison.Ordinal)) return $"unexpected exception: '{formatted}'";
        }
        return null;
    }

    private static int LineCount(byte[] bytes)
    {
        var lines = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n'))) lines++;
        }
        return lines;
    }

}
