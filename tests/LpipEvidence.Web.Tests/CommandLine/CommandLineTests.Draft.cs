using LpipEvidence.Tests.Support;
using LpipEvidence.Web.CommandLine;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Tests.CommandLine;

/// <summary>Command-line tests, continued: the draft verb, from a review's PDF to content files.</summary>
public sealed partial class CommandLineTests
{
    [Fact]
    public async Task Draft_ReviewPdf_WritesTheDraftPrintsWhatToCheckAndCheckPassesListingIt()
    {
        using var content = TempContent.CopyOf(RepositoryPaths.FixtureContent);
        Directory.Delete(Path.Combine(content.Root, "reviews", "innovation"), recursive: true);
        var pdf = RepositoryPaths.FixturePdf("innovation-evidence-review.pdf");

        var (code, output, error) = await Run("draft", pdf, "--content", content.Root);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Replace(content.Root.TrimEnd('/'), "content", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal($"Drafted 'Innovation Evidence Review' (5 key findings) from {pdf}, marked draft: true. Wrote:", lines[0]);
        Assert.Equal("  content/reviews/innovation/review.md", lines[1]);
        Assert.Equal("  content/reviews/innovation/findings/01-importance-of-innovation-and-technology-policies.md", lines[2]);
        Assert.Contains("Check before publishing:", lines);
        Assert.Contains(lines, l => l.StartsWith("  - themes: each finding's themes are suggestions from the existing themes, by meaning;", StringComparison.Ordinal));

        var (checkCode, checkOutput, _) = await Run("check", "--content", content.Root);
        Assert.Equal(0, checkCode);
        Assert.Contains("OK: 2 reviews, 8 findings, 9 themes", checkOutput, StringComparison.Ordinal);
        Assert.Contains("reviews/innovation/review.md:1:1: note: draft: 'Innovation Evidence Review' is not published (nor its 5 findings)", checkOutput, StringComparison.Ordinal);
        Assert.Equal(5, checkOutput.Split('\n').Count(l => l.Contains(": note: themes suggested, not yet confirmed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Draft_IntoAFolderWithThemesButNoReviewYet_WritesTheFirstReview()
    {
        using var content = TempContent.CopyOf(RepositoryPaths.FixtureContent);
        Directory.Delete(Path.Combine(content.Root, "reviews"), recursive: true);

        var (code, _, error) = await Run("draft", RepositoryPaths.FixturePdf("innovation-evidence-review.pdf"), "--content", content.Root);
        var (checkCode, checkOutput, _) = await Run("check", "--content", content.Root);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(0, checkCode);
        Assert.Contains("OK: 1 review, 5 findings, 9 themes", checkOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_PdfThatIsNotAReview_ExitsOneWithOneLineAndWritesNothing()
    {
        var pdf = Path.Combine(_content.Root, "minutes.pdf");
        File.WriteAllBytes(pdf, TestPdfs.Make("Minutes of the meeting"));
        var before = Directory.GetFileSystemEntries(_content.Root, "*", SearchOption.AllDirectories).Order().ToList();

        var (code, output, error) = await Run("draft", pdf, "--content", _content.Root);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"error: {pdf}: the PDF is not an evidence review: it has no 'Key Finding:' headings", error.TrimEnd());
        Assert.Equal(before, Directory.GetFileSystemEntries(_content.Root, "*", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public async Task Draft_WithoutAPdf_ExitsTwoWithUsage()
    {
        var (code, _, error) = await Run("draft", "--content", _content.Root);

        Assert.Equal(2, code);
        Assert.StartsWith("error: draft needs the review's PDF", error, StringComparison.Ordinal);
    }
}
