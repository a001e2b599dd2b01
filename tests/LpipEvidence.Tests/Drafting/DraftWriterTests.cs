using LpipEvidence.Content;
using LpipEvidence.Drafting;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Drafting;

/// <summary>Drafting the Innovation review's PDF into the fixture content without it gives back the fixture's files.</summary>
public sealed class DraftWriterTests : IDisposable
{
    private const string Folder = "reviews/innovation";
    private readonly TempContent _content = TempContent.CopyOf(RepositoryPaths.FixtureContent);

    public DraftWriterTests() => Directory.Delete(Path.Combine(_content.Root, "reviews", "innovation"), recursive: true);

    public void Dispose() => _content.Dispose();

    private DraftWriter.Result Draft()
    {
        var existing = ContentReader.Read(_content.Root).Content!;
        return DraftWriter.Write(_content.Root, existing.Themes, existing.Findings.Select(f => f.Slug), ReviewPdf.Read(RepositoryPaths.FixturePdf("innovation-evidence-review.pdf")));
    }

    /// <summary>A file's lines without those the editor changes when confirming a draft: its themes and the draft markers.</summary>
    private static List<string> Comparable(string path, bool drafted)
    {
        var lines = File.ReadAllText(path).TrimEnd('\n').Split('\n').ToList();
        var themes = lines.IndexOf("themes:");
        if (themes >= 0)
        {
            var end = themes + 1;
            while (lines[end].StartsWith("  - ", StringComparison.Ordinal)) end++;
            lines.RemoveRange(themes, end - themes);
        }
        if (drafted)
        {
            Assert.Equal(1, lines.RemoveAll(l => l is "draft: true" or "themes-suggested: true"));
        }
        return lines;
    }

    [Fact]
    public void Write_InnovationPdf_GivesBackTheFixtureFilesWordForWord()
    {
        var result = Draft();

        Assert.Equal("innovation", result.ReviewSlug);
        var fixture = Path.Combine(RepositoryPaths.FixtureContent, "reviews", "innovation");
        var expected = Directory.GetFiles(fixture, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fixture, f).Replace('\\', '/')).Order().ToList();
        Assert.Equal(expected, result.Files.Select(f => f[(Folder.Length + 1)..]).Order());
        Assert.NotEmpty(expected);
        Assert.All(expected, file =>
        {
            var want = Comparable(Path.Combine(fixture, file), drafted: false);
            var got = Comparable(Path.Combine(_content.Root, Folder, file), drafted: true);
            if (file == "review.md")
            {
                // The briefing prints the Hub's name; the fixture's editor added its institution (the draft says to check it).
                Assert.Equal("publisher: Local Policy Innovation Partnerships Hub", got.Single(l => l.StartsWith("publisher:", StringComparison.Ordinal)));
                want.RemoveAll(l => l.StartsWith("publisher:", StringComparison.Ordinal));
                got.RemoveAll(l => l.StartsWith("publisher:", StringComparison.Ordinal));
            }
            Assert.Equal(want, got);
        });
    }

    [Fact]
    public void Write_Draft_IsValidContentThatCheckReportsAsADraftWithSuggestedThemes()
    {
        Draft();

        var read = ContentReader.Read(_content.Root);

        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        var review = read.Content!.Reviews.Single(r => r.Slug == "innovation");
        Assert.True(review.IsDraft);
        Assert.NotEmpty(review.Findings);
        Assert.All(review.Findings, f => Assert.True(f.ThemesSuggested && f.Themes.Count is >= 1 and <= 3));
        var notes = ContentNote.For(read.Content);
        Assert.Equal(1 + review.Findings.Count, notes.Count);
    }

    [Fact]
    public void Write_SuggestedThemes_AreExistingThemesThatShareTheFindingsWords()
    {
        Draft();
        var findings = ContentReader.Read(_content.Root).Content!.Reviews.Single(r => r.Slug == "innovation").Findings;

        // "Evidence-Based and Experimental Policies ... rigorous evaluation and regular benchmarking".
        Assert.Equal("evaluation-and-benchmarking", findings[4].Themes[0]);
        // "Place-based Approaches and Cluster Development".
        Assert.Equal("clusters-and-place-based-policy", findings[3].Themes[0]);
    }

    [Fact]
    public void Write_WithSearchsModel_SuggestsThemesByMeaning()
    {
        var existing = ContentReader.Read(_content.Root).Content!;
        var result = DraftWriter.Write(_content.Root, existing.Themes, existing.Findings.Select(f => f.Slug),
            ReviewPdf.Read(RepositoryPaths.FixturePdf("innovation-evidence-review.pdf")), LpipEvidence.Search.Meaning.MiniLmEmbedder.Shared);
        var findings = ContentReader.Read(_content.Root).Content!.Reviews.Single(r => r.Slug == "innovation").Findings;

        Assert.Contains(result.Checks, c => c.StartsWith("themes: each finding's themes are suggestions from the existing themes, by meaning;", StringComparison.Ordinal));
        Assert.Equal("evaluation-and-benchmarking", findings[4].Themes[0]);
        Assert.Equal("clusters-and-place-based-policy", findings[3].Themes[0]);
        Assert.Contains("devolution-and-local-leadership", findings[1].Themes);
    }

    [Fact]
    public void Write_ReviewFolderThatExists_IsRefusedAndNothingIsWritten()
    {
        Draft();
        var before = FolderFingerprint.Of(Path.Combine(_content.Root, "reviews", "x"));

        var error = Assert.Throws<DraftException>(Draft);

        Assert.StartsWith("reviews/innovation already exists; draft never overwrites a review", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, FolderFingerprint.Of(Path.Combine(_content.Root, "reviews", "x")));
    }

    [Theory]
    [InlineData("Innovation Evidence Review", "Innovation Evidence Review")]
    [InlineData("Key Finding: Skills", "\"Key Finding: Skills\"")]
    [InlineData("Say \"no\"", "\"Say \\\"no\\\"\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("'place-based' approaches", "\"'place-based' approaches\"")]
    [InlineData("https://creativecommons.org/licenses/by-nc/4.0/", "https://creativecommons.org/licenses/by-nc/4.0/")]
    public void Scalar_WritesPlainOnlyWhatYamlReadsBackTheSame(string value, string expected) =>
        Assert.Equal(expected, DraftWriter.Scalar(value));
}
