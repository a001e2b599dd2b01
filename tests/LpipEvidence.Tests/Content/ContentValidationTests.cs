using System.Text;
using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

/// <summary>Each kind of content error is reported at its exact file, line and column.</summary>
public sealed class ContentValidationTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private ContentReadResult Read() => ContentReader.Read(_content.Root);

    private ContentError SingleError()
    {
        var result = Read();
        Assert.False(result.IsValid);
        Assert.Null(result.Content);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Read_SampleContent_IsValid()
    {
        var result = Read();
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Content!.Findings.Count());
    }

    [Fact]
    public void Read_FileWithoutFrontMatter_ReportsLineOne()
    {
        _content.Write(TempContent.FirstFindingPath, "Just text.\n\n## Key takeaway\n\nMore.\n");
        var error = SingleError();
        Assert.Equal(TempContent.FirstFindingPath, error.Path);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("missing front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FrontMatterNotClosed_ReportsTheOpeningFence()
    {
        _content.Write(TempContent.ClustersThemePath, "---\ntitle: Clusters\n\nGroups of firms.\n");
        var error = SingleError();
        Assert.Equal((TempContent.ClustersThemePath, 1, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedYaml_ReportsTheLineAndColumnOfTheFault()
    {
        _content.Write(TempContent.SkillsThemePath, "---\ntitle: Skills\norder: [1, 2\n---\nText.\n");
        var error = SingleError();
        Assert.Equal(TempContent.SkillsThemePath, error.Path);
        // The parser notices at the end of the front matter; the error points at its last line, where the '[' is.
        Assert.Equal(3, error.Line);
        Assert.Contains("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlWithBadIndentation_ReportsItsLine()
    {
        _content.Write(TempContent.SkillsThemePath, "---\ntitle: Skills\n  order: 2\n---\nText.\n");
        var error = SingleError();
        Assert.Equal((TempContent.SkillsThemePath, 3), (error.Path, error.Line));
        Assert.Contains("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredField_ReportsTheFieldName()
    {
        _content.Write(TempContent.ReviewPath, TempContent.Review.Replace("publisher: Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham\n", "", StringComparison.Ordinal));
        var error = SingleError();
        Assert.Equal((TempContent.ReviewPath, 1, 1), (error.Path, error.Line, error.Column));
        Assert.Equal("missing required field 'publisher'", error.Message);
    }

    [Fact]
    public void Read_MissingFindingTitleAndOrder_ReportsBoth()
    {
        _content.Write(TempContent.FirstFindingPath, "---\nthemes: [clusters]\n---\nText.\n\n## Key takeaway\n\nDo it.\n");
        var errors = Read().Errors;
        Assert.Contains(errors, e => e.Message == "missing required field 'title'" && e.Path == TempContent.FirstFindingPath);
        Assert.Contains(errors, e => e.Message == "missing required field 'order'" && e.Path == TempContent.FirstFindingPath);
    }

    [Fact]
    public void Read_EmptyFile_ReportsItAsEmpty()
    {
        _content.Write(TempContent.SecondFindingPath, "");
        var error = SingleError();
        Assert.Equal((TempContent.SecondFindingPath, 1, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8_ReportsTheLineAndColumnOfTheFirstBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Skills\n---\nCaf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" society.\n")).ToArray();
        _content.WriteBytes(TempContent.SkillsThemePath, bytes);
        var error = SingleError();
        Assert.Equal((TempContent.SkillsThemePath, 4, 4), (error.Path, error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownTheme_ReportsTheListItem()
    {
        _content.Write(TempContent.SecondFindingPath, TempContent.SecondFinding.Replace("  - clusters", "  - clustrs", StringComparison.Ordinal));
        var error = SingleError();
        Assert.Equal((TempContent.SecondFindingPath, 6, 5), (error.Path, error.Line, error.Column));
        Assert.StartsWith("unknown theme 'clustrs' (known themes: clusters, skills)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateSlugAcrossReviews_ReportsTheSecondFileAndNamesTheFirst()
    {
        _content.Write("reviews/another/review.md", TempContent.Review);
        _content.Write("reviews/another/findings/01-copy.md", TempContent.FirstFinding);
        var error = SingleError();
        Assert.Equal(("reviews/sample/findings/01-first.md", 2, 8), (error.Path, error.Line, error.Column));
        Assert.Contains("duplicate slug 'first-finding-about-clusters'", error.Message, StringComparison.Ordinal);
        Assert.Contains("reviews/another/findings/01-copy.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyFindingsSharingSlugs_TheFirstFileInReadingOrderKeepsEachSlug_EveryTime()
    {
        // Finding files are read on every core at once; which file keeps a slug must not depend on which finishes first.
        const int pairs = 150;
        for (var i = 0; i < pairs; i++)
        {
            var finding = TempContent.FirstFinding.Replace("First Finding About Clusters", $"Shared finding {i}", StringComparison.Ordinal);
            _content.Write($"reviews/sample/findings/a{i:D3}.md", finding);
            _content.Write($"reviews/sample/findings/b{i:D3}.md", finding.Replace("order: 1", $"order: {i + 2}", StringComparison.Ordinal));
        }

        var first = Read();
        for (var run = 0; run < 3; run++) Assert.Equal(first.Errors, Read().Errors);

        Assert.Equal(pairs, first.Errors.Count);
        for (var i = 0; i < pairs; i++)
        {
            var error = first.Errors[i];
            Assert.Equal(($"reviews/sample/findings/b{i:D3}.md", 2, 8), (error.Path, error.Line, error.Column));
            Assert.Equal($"duplicate slug 'shared-finding-{i}': reviews/sample/findings/a{i:D3}.md already uses it; change the title or set a different 'slug'", error.Message);
        }
    }

    [Fact]
    public void Read_FindingWithoutKeyTakeaway_ReportsTheBody()
    {
        _content.Write(TempContent.FirstFindingPath, "---\ntitle: First\norder: 1\nthemes: [clusters]\n---\nClusters matter.\n");
        var error = SingleError();
        Assert.Equal((TempContent.FirstFindingPath, 6, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("no key takeaway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TakeawayWrittenAsPlainText_PointsAtItAndSaysHowToFixIt()
    {
        _content.Write(TempContent.FirstFindingPath, "---\ntitle: First\norder: 1\nthemes: [clusters]\n---\nClusters matter.\n\nKey takeaway\n\nSupport them.\n");
        var error = SingleError();
        Assert.Equal((TempContent.FirstFindingPath, 8), (error.Path, error.Line));
        Assert.Contains("'## Key takeaway'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReviewFolderWithoutReviewMetadata_ReportsTheFolder()
    {
        _content.Delete(TempContent.ReviewPath);
        var error = SingleError();
        Assert.Equal(("reviews/sample", 1, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("no review metadata", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownField_ReportsItsLine()
    {
        _content.Write(TempContent.ClustersThemePath, "---\ntitle: Clusters\ntittle: typo\n---\nText.\n");
        var error = SingleError();
        Assert.Equal((TempContent.ClustersThemePath, 3, 1), (error.Path, error.Line, error.Column));
        Assert.StartsWith("unknown field 'tittle'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedPublishedDate_ReportsTheValue()
    {
        _content.Write(TempContent.ReviewPath, TempContent.Review.Replace("published: 2024-10", "published: October 2024", StringComparison.Ordinal));
        var error = SingleError();
        Assert.Equal((TempContent.ReviewPath, 9, 12), (error.Path, error.Line, error.Column));
        Assert.Contains("year and month", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScriptLinkInBody_IsAnError()
    {
        _content.Write(TempContent.SkillsThemePath, "---\ntitle: Skills\n---\nSee [this](javascript:alert(1)).\n");
        var error = SingleError();
        Assert.Equal((TempContent.SkillsThemePath, 4, 5), (error.Path, error.Line, error.Column));
        Assert.Contains("not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MisplacedMarkdownFile_IsAnError()
    {
        _content.Write("reviews/sample/02-stray.md", TempContent.SecondFinding);
        var error = SingleError();
        Assert.Equal(("reviews/sample/02-stray.md", 1, 1), (error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Read_SeveralBrokenFiles_ReportsEveryErrorAtOnceInPathOrder()
    {
        _content.Write(TempContent.ClustersThemePath, "");
        _content.Write(TempContent.SkillsThemePath, "no front matter");
        _content.Delete(TempContent.ReviewPath);
        var errors = Read().Errors;
        Assert.Equal(["reviews/sample", "themes/clusters.md", "themes/skills.md"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Read_ReadmeFiles_AreIgnored()
    {
        _content.Write("README.md", "# Notes for editors");
        _content.Write("reviews/sample/README.md", "Anything.");
        Assert.True(Read().IsValid);
    }

    [Fact]
    public void Read_WindowsLineEndingsAndBom_AreAccepted()
    {
        var text = "\uFEFF" + TempContent.ClustersTheme.Replace("\n", "\r\n", StringComparison.Ordinal);
        _content.Write(TempContent.ClustersThemePath, text);
        var result = Read();
        Assert.Empty(result.Errors);
        Assert.Equal("Clusters", result.Content!.Themes[0].Title);
    }

    [Fact]
    public void ContentError_FormatsLikeACompiler()
    {
        var error = new ContentError("themes/a.md", 3, 7, "something is wrong");
        Assert.Equal("themes/a.md:3:7: error: something is wrong", error.ToString());
        Assert.Equal("content/themes/a.md:3:7: error: something is wrong", error.Format("content/"));
    }

    [Fact]
    public void Read_Synonyms_AreReadAsGroups()
    {
        _content.Write("search/synonyms.yml", "# comment\n- [R&D, research and development]\n- [SME, small and medium-sized enterprises]\n");
        var result = Read();
        Assert.Empty(result.Errors);
        Assert.Equal([["R&D", "research and development"], ["SME", "small and medium-sized enterprises"]], result.Content!.Synonyms);
    }

    [Fact]
    public void Read_SynonymGroupWithOneEntry_ReportsItsLine()
    {
        _content.Write("search/synonyms.yml", "- [R&D, research and development]\n- [lonely]\n");
        var error = SingleError();
        Assert.Equal(("search/synonyms.yml", 2, 3), (error.Path, error.Line, error.Column));
        Assert.Contains("at least two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SynonymInTwoGroups_ReportsTheSecond()
    {
        _content.Write("search/synonyms.yml", "- [R&D, research and development]\n- [innovation, R&D]\n");
        var error = SingleError();
        Assert.Equal(("search/synonyms.yml", 2, 16), (error.Path, error.Line, error.Column));
        Assert.Contains("already in the group on line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SynonymsThatAreNotAList_ReportTheFault()
    {
        _content.Write("search/synonyms.yml", "R&D: research and development\n");
        var error = SingleError();
        Assert.Equal(("search/synonyms.yml", 1, 1), (error.Path, error.Line, error.Column));
    }
}
