using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

/// <summary>What a content folder may hold on disk: links, folders, sizes and counts, each refusal located.</summary>
public sealed class ContentFileSystemTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "lpip-outside-" + Guid.NewGuid().ToString("N"));

    public ContentFileSystemTests() => Directory.CreateDirectory(_outside);

    public void Dispose()
    {
        _content.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private string InContent(string relative) => Path.Combine(_content.Root, relative);

    private ContentReadResult Read(ContentLimits? limits = null) => ContentReader.Read(_content.Root, limits);

    [Fact]
    public void Read_FileLinkToOutsideTheFolder_IsRefusedAndNotPublished()
    {
        var secret = Path.Combine(_outside, "secret.md");
        File.WriteAllText(secret, TempContent.SkillsTheme.Replace("What people need to know.", "SECRET TEXT", StringComparison.Ordinal));
        File.Delete(InContent(TempContent.SkillsThemePath));
        File.CreateSymbolicLink(InContent(TempContent.SkillsThemePath), secret);

        var result = Read();

        Assert.Null(result.Content);
        var error = Assert.Single(result.Errors, e => e.Path == TempContent.SkillsThemePath);
        Assert.Equal(1, error.Line);
        Assert.Contains("outside the content folder", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FolderLinkToOutsideTheFolder_IsRefused()
    {
        File.WriteAllText(Path.Combine(_outside, "03-third.md"), TempContent.FirstFinding.Replace("First Finding", "Third Finding", StringComparison.Ordinal));
        Directory.CreateSymbolicLink(InContent("reviews/sample/findings/more"), _outside);

        var error = Assert.Single(Read().Errors);

        Assert.Equal(("reviews/sample/findings/more", 1), (error.Path, error.Line));
        Assert.Contains("outside the content folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RelativeLinkThatClimbsOut_IsRefused()
    {
        File.WriteAllText(Path.Combine(_outside, "x.md"), TempContent.SkillsTheme);
        var relativeTarget = Path.GetRelativePath(InContent("themes"), Path.Combine(_outside, "x.md"));
        Assert.StartsWith("..", relativeTarget, StringComparison.Ordinal);
        File.CreateSymbolicLink(InContent("themes/extra.md"), relativeTarget);

        var error = Assert.Single(Read().Errors);

        Assert.Equal("themes/extra.md", error.Path);
        Assert.Contains("outside the content folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LinkInsideTheFolder_IsFollowed()
    {
        Directory.CreateDirectory(InContent("shared"));
        File.Move(InContent(TempContent.SkillsThemePath), InContent("shared/skills.txt"));
        File.CreateSymbolicLink(InContent(TempContent.SkillsThemePath), InContent("shared/skills.txt"));

        var result = Read();

        Assert.Empty(result.Errors);
        Assert.Contains(result.Content!.Themes, t => t.Slug == "skills");
    }

    [Fact]
    public void Read_BrokenLink_IsALocatedError()
    {
        File.CreateSymbolicLink(InContent("themes/gone.md"), Path.Combine(_outside, "missing.md"));

        var error = Assert.Single(Read().Errors);

        Assert.Equal(("themes/gone.md", 1, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LinkLoop_EndsTheWalkAtTheFolderAlreadyRead()
    {
        Directory.CreateSymbolicLink(InContent("themes/again"), InContent("themes"));

        var result = Read();

        Assert.Empty(result.Errors);
        Assert.Equal(["clusters", "skills"], result.Content!.Themes.Select(t => t.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_FolderWhereTheReviewFileShouldBe_SaysSo()
    {
        File.Delete(InContent(TempContent.ReviewPath));
        Directory.CreateDirectory(InContent(TempContent.ReviewPath));

        var errors = Read().Errors;

        Assert.Contains(errors, e => e.Path == TempContent.ReviewPath && e.Message.Contains("is a folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FolderWhereTheSynonymsFileShouldBe_SaysSo()
    {
        Directory.CreateDirectory(InContent(ContentLayout.SynonymsFile));

        var error = Assert.Single(Read().Errors);

        Assert.Equal((ContentLayout.SynonymsFile, 1), (error.Path, error.Line));
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_IsRefusedWithoutBeingRead()
    {
        _content.Write(TempContent.SecondFindingPath, TempContent.SecondFinding + new string('x', 2_000));

        var error = Assert.Single(Read(new ContentLimits { MaxFileBytes = 1_000 }).Errors);

        Assert.Equal((TempContent.SecondFindingPath, 1, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("Content:Limits:MaxFileBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DefaultLimit_RefusesAFiftyMegabyteFinding()
    {
        using (var stream = File.Create(InContent("reviews/sample/findings/03-huge.md")))
        {
            stream.SetLength(50L << 20);
        }

        var error = Assert.Single(Read().Errors);

        Assert.Equal("reviews/sample/findings/03-huge.md", error.Path);
        Assert.Contains("50 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TotalOverTheLimit_StopsAtTheFileThatCrossesIt()
    {
        var total = Directory.EnumerateFiles(_content.Root, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        var errors = Read(new ContentLimits { MaxTotalBytes = total - 1 }).Errors;

        // Files are read in path order, so the last one crosses the limit (and its theme is then missing).
        var error = Assert.Single(errors, e => e.Path == TempContent.SkillsThemePath);
        Assert.Equal(1, error.Line);
        Assert.Contains("Content:Limits:MaxTotalBytes", error.Message, StringComparison.Ordinal);
        Assert.Empty(Read(new ContentLimits { MaxTotalBytes = total }).Errors);
    }

    [Fact]
    public void Read_MoreFilesThanTheLimit_IsALocatedError()
    {
        var errors = Read(new ContentLimits { MaxFiles = 4 }).Errors;

        var error = Assert.Single(errors, e => e.Path == TempContent.SkillsThemePath);
        Assert.Equal(1, error.Line);
        Assert.Contains("Content:Limits:MaxFiles", error.Message, StringComparison.Ordinal);
        Assert.Empty(Read(new ContentLimits { MaxFiles = 5 }).Errors);
    }

    [Theory]
    [InlineData("MaxFiles")]
    [InlineData("MaxTotalBytes")]
    public void Read_LimitThatStopsTheRead_IsReportedBeforeTheErrorsItCauses(string limit)
    {
        var total = Directory.EnumerateFiles(_content.Root, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var limits = limit == "MaxFiles" ? new ContentLimits { MaxFiles = 4 } : new ContentLimits { MaxTotalBytes = total - 1 };

        var errors = Read(limits).Errors;

        // The theme file is never read, so the findings tagged with it name an unknown theme; those errors are on
        // paths that sort before the theme's, and still the limit comes first.
        Assert.Contains($"Content:Limits:{limit}", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(TempContent.SkillsThemePath, errors[0].Path);
        var caused = errors.Skip(1).ToList();
        Assert.NotEmpty(caused);
        Assert.All(caused, e => Assert.Contains("unknown theme 'skills'", e.Message, StringComparison.Ordinal));
        Assert.True(string.CompareOrdinal(caused[0].Path, errors[0].Path) < 0, "the caused errors sort before the limit by path");
    }

    [Fact]
    public void Read_FoldersNestedTooDeep_AreNotWalked()
    {
        var deep = string.Join('/', Enumerable.Repeat("d", 20));
        _content.Write($"notes/{deep}/x.txt", "x");

        var error = Assert.Single(Read(new ContentLimits { MaxFolderDepth = 8 }).Errors);

        Assert.StartsWith("notes/d/d/", error.Path, StringComparison.Ordinal);
        Assert.Contains("nested more than 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HiddenFilesAndFolders_AreIgnored()
    {
        _content.Write(".git/config.md", "not content");
        _content.Write("themes/.skills.md.swp", "editor swap file");

        Assert.Empty(Read().Errors);
    }
}
