using LpipEvidence.History;

namespace LpipEvidence.Tests.History;

/// <summary>What a reader compares between two versions of a finding: its title and text, word by word.</summary>
public sealed class VersionComparisonTests
{
    private const string Before = """
        ---
        title: Digital Connectivity
        order: 2
        themes:
          - transport
        ---
        Broadband helps rural clusters.

        ## Key takeaway

        Treat connectivity as infrastructure.
        """;

    private static ContentVersion Version(string id, string text) => new(id, new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero), text);

    [Fact]
    public void Text_IsTheTitleThenTheMarkdown_HeadingsAsTheirWords_WithoutTheRestOfTheFrontMatter() =>
        Assert.Equal("Digital Connectivity\n\nBroadband helps rural clusters.\n\nKey takeaway\n\nTreat connectivity as infrastructure.", VersionText.Of(Before));

    [Fact]
    public void Text_OfAVersionWhoseFrontMatterCannotBeRead_IsTheWholeFile() =>
        Assert.Equal("---\ntitle: [unclosed\n---\nBody.", VersionText.Of("---\r\ntitle: [unclosed\r\n---\r\nBody.\r\n"));

    [Fact]
    public void Comparison_MarksTheWordsRemovedAndAdded_AndIgnoresOtherFrontMatter()
    {
        var after = Before.Replace("rural clusters", "rural and coastal clusters", StringComparison.Ordinal)
            .Replace("  - transport", "  - transport\n  - clusters", StringComparison.Ordinal)
            .Replace("infrastructure.", "essential infrastructure.", StringComparison.Ordinal);

        var comparison = VersionComparison.Of(Version("a", Before), Version("b", after));

        Assert.NotNull(comparison.Segments);
        Assert.False(comparison.IsUnchanged);
        Assert.Equal(["and coastal", "essential"], comparison.Segments.Where(s => s.Kind == DiffKind.Added).Select(s => s.Text.Trim()));
        Assert.DoesNotContain(comparison.Segments, s => s.Kind == DiffKind.Removed);
        Assert.Equal(VersionText.Of(after), string.Concat(comparison.Segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
    }

    [Fact]
    public void Comparison_OfVersionsThatDifferOnlyInFrontMatter_IsUnchanged()
    {
        var after = Before.Replace("order: 2", "order: 3\nchanges:\n  - date: 2025-06-01\n    note: Reordered.", StringComparison.Ordinal);

        Assert.True(VersionComparison.Of(Version("a", Before), Version("b", after)).IsUnchanged);
    }

    [Fact]
    public void Comparison_OfTextsTooLongToCompare_HasNoSegments()
    {
        var huge = Before + new string('x', VersionComparison.MaxComparedLength);

        var comparison = VersionComparison.Of(Version("a", Before), Version("b", huge));

        Assert.Null(comparison.Segments);
        Assert.False(comparison.IsUnchanged);
    }

    [Theory]
    [InlineData(ContentHistory.WorkingCopyId, true)]
    [InlineData("27170a5468509ea40efccc3c493cdd7ee8a70a6d", true)]
    [InlineData("27170a5468509ea40efccc3c493cdd7ee8a70a6d27170a5468509ea40efccc3c", true)]
    [InlineData("27170A5468509EA40EFCCC3C493CDD7EE8A70A6D", false)]
    [InlineData("27170a5", false)]
    [InlineData("27170a5468509ea40efccc3c493cdd7ee8a70a6g", false)]
    [InlineData("HEAD", false)]
    [InlineData("HEAD~1", false)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void VersionIds_AreWorkingCopyOrFullCommitIds(string? id, bool wellFormed) =>
        Assert.Equal(wellFormed, ContentHistory.IsWellFormedId(id));
}
