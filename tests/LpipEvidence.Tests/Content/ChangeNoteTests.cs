using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

/// <summary>Change notes in front matter: read when right, each mistake a located error.</summary>
public sealed class ChangeNoteTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private ContentReadResult ReadWithChanges(string path, string original, string changes)
    {
        var fence = original.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1;
        _content.Write(path, original.Insert(fence, changes));
        return ContentReader.Read(_content.Root, today: Today);
    }

    private ContentError SingleError(string path, string original, string changes)
    {
        var result = ReadWithChanges(path, original, changes);
        Assert.Null(result.Content);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        return error;
    }

    [Fact]
    public void Read_ChangesOnAFindingAReviewAndATheme_AreReadOldestFirstWithTheirLines()
    {
        var changes = "changes:\n  - date: 2024-11-02\n    note: Corrected a figure.\n  - date: 2025-01-15\n    note: Added a source.\n";
        _content.Write(TempContent.FirstFindingPath, TempContent.FirstFinding.Insert(TempContent.FirstFinding.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1, changes));
        var themeChanges = "changes:\n  - date: 2025-02-01\n    note: Widened the description.\n";
        _content.Write(TempContent.SkillsThemePath, TempContent.SkillsTheme.Insert(TempContent.SkillsTheme.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1, themeChanges));

        var result = ContentReader.Read(_content.Root, today: Today);

        Assert.Empty(result.Errors);
        var finding = result.Content!.Findings.Single(f => f.SourcePath == TempContent.FirstFindingPath);
        Assert.Equal(
            [new ChangeNote(new DateOnly(2024, 11, 2), "Corrected a figure.", 7), new ChangeNote(new DateOnly(2025, 1, 15), "Added a source.", 9)],
            finding.Changes);
        Assert.Equal("Widened the description.", Assert.Single(result.Content.Themes.Single(t => t.Slug == "skills").Changes).Note);
        Assert.Empty(result.Content.Reviews[0].Changes);
    }

    [Theory]
    [InlineData("2025-02-30", "a real date written YYYY-MM-DD")]
    [InlineData("14 March 2025", "a real date written YYYY-MM-DD")]
    [InlineData("2025-3-14", "a real date written YYYY-MM-DD")]
    public void Read_ChangeWithABadDate_PointsAtTheDate(string date, string message)
    {
        var error = SingleError(TempContent.FirstFindingPath, TempContent.FirstFinding, $"changes:\n  - date: {date}\n    note: Something.\n");
        Assert.Equal((7, 11), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChangeDatedInTheFuture_IsAnError()
    {
        var error = SingleError(TempContent.SkillsThemePath, TempContent.SkillsTheme, "changes:\n  - date: 2026-11-28\n    note: Tomorrow.\n");
        Assert.Equal(5, error.Line);
        Assert.Contains("is in the future", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChangeDatedToday_IsAccepted()
    {
        var result = ReadWithChanges(TempContent.SkillsThemePath, TempContent.SkillsTheme, "changes:\n  - date: 2026-11-27\n    note: Today.\n");
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Read_FindingChangeBeforeItsReviewWasPublished_IsAnErrorOnTheFinding()
    {
        var error = SingleError(TempContent.FirstFindingPath, TempContent.FirstFinding, "changes:\n  - date: 2024-09-30\n    note: Too early.\n");
        Assert.Equal(7, error.Line);
        Assert.Contains("before the review was published (2024-10)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReviewChangeBeforeItWasPublished_IsAnError()
    {
        var error = SingleError(TempContent.ReviewPath, TempContent.Review, "changes:\n  - date: 2023-01-01\n    note: Too early.\n");
        Assert.Contains("before the review was published", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChangesOutOfOrder_PointAtTheOneOutOfPlace()
    {
        var error = SingleError(TempContent.FirstFindingPath, TempContent.FirstFinding,
            "changes:\n  - date: 2025-03-01\n    note: Later.\n  - date: 2025-01-01\n    note: Earlier.\n");
        Assert.Equal(9, error.Line);
        Assert.Contains("oldest first", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("changes: soon\n", "must be a list of entries")]
    [InlineData("changes:\n  - 2025-01-01\n", "each change must be a 'date' and a 'note'")]
    [InlineData("changes:\n  - date: 2025-01-01\n", "missing required field 'note'")]
    [InlineData("changes:\n  - note: No date.\n", "missing required field 'date'")]
    [InlineData("changes:\n  - date: 2025-01-01\n    note: Fine.\n    author: Someone\n", "unknown field 'author'")]
    [InlineData("changes:\n  - date: 2025-01-01\n    note: |\n      Two\n      lines.\n", "one sentence on one line")]
    public void Read_MalformedChanges_AreLocatedErrors(string changes, string message)
    {
        var error = SingleError(TempContent.FirstFindingPath, TempContent.FirstFinding, changes);
        Assert.InRange(error.Line, 6, 10);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoteLongerThanOneSentenceAllows_IsAnError()
    {
        var error = SingleError(TempContent.FirstFindingPath, TempContent.FirstFinding,
            $"changes:\n  - date: 2025-01-01\n    note: {new string('a', 301)}\n");
        Assert.Contains("at most 300 characters", error.Message, StringComparison.Ordinal);
    }
}
