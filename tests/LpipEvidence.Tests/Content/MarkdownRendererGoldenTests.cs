using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

/// <summary>
/// Golden pairs for <see cref="MarkdownRenderer"/>: each <c>Golden/Markdown/NAME.md</c> renders to exactly
/// <c>NAME.html</c> (the HTML pages show) and <c>NAME.txt</c> (the plain text search and exports use). Any change to
/// the output fails here; after a deliberate one, regenerate with <c>LPIP_UPDATE_GOLDEN=1 dotnet test
/// tests/LpipEvidence.Tests --filter MarkdownRendererGoldenTests</c> and review the diff (see Golden/README.md).
/// </summary>
public sealed class MarkdownRendererGoldenTests
{
    /// <summary>The variable that rewrites the expected files with the renderer's output instead of comparing.</summary>
    public const string UpdateVariable = "LPIP_UPDATE_GOLDEN";

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "LpipEvidence.Tests", "Golden", "Markdown");

    public static TheoryData<string> Cases()
    {
        var names = Directory.GetFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);
        var cases = new TheoryData<string>();
        foreach (var name in names) cases.Add(name!);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_GivesTheGoldenHtml(string name) =>
        AssertGolden(name, ".html", MarkdownRenderer.Default.Render(Input(name)).Html);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_GivesTheGoldenPlainText(string name) =>
        AssertGolden(name, ".txt", MarkdownRenderer.Default.Render(Input(name)).PlainText);

    [Fact]
    public void GoldenFolder_HoldsAnExpectedOutputForEveryInputAndNoStrayFiles()
    {
        var files = Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var inputs = files.Where(f => f!.EndsWith(".md", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.NotEmpty(inputs);
        Assert.Equal(inputs.SelectMany(n => new[] { n + ".html", n + ".md", n + ".txt" }).Order(StringComparer.Ordinal), files);
    }

    /// <summary>Whatever changes, no output of these inputs ever carries a script, an event handler or an unsafe link.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_NeverGivesScriptsHandlersOrUnsafeLinks(string name)
    {
        var html = MarkdownRenderer.Default.Render(Input(name)).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]+\son\w+\s*=", html);
        Assert.DoesNotMatch(@"(href|src)=""\s*(javascript|data|vbscript|file):", html);
    }

    private static string Input(string name) => File.ReadAllText(Path.Combine(Folder, name + ".md"));

    private static void AssertGolden(string name, string extension, string actual)
    {
        var path = Path.Combine(Folder, name + extension);
        // Golden files end with one newline, so editors and git leave them alone.
        var output = actual.ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var before = File.Exists(path) ? File.ReadAllText(path) : null;
            if (before == output) return;
            File.WriteAllText(path, output);
            Assert.Fail($"Rewrote {path}: review the change (git diff), then run the tests again without {UpdateVariable}.");
        }
        Assert.True(File.Exists(path), $"No golden file {path}: write it with {UpdateVariable}=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), output);
    }
}
