using LpipEvidence.History;

namespace LpipEvidence.Tests.History;

public sealed class WordDiffTests
{
    [Fact]
    public void Compare_AChangedWord_IsRemovedThenAddedBetweenUnchangedText()
    {
        var segments = WordDiff.Compare("Support cluster growth in places.", "Support cluster growth in regions.");

        Assert.Equal(
            [new DiffSegment(DiffKind.Unchanged, "Support cluster growth in "), new DiffSegment(DiffKind.Removed, "places."), new DiffSegment(DiffKind.Added, "regions.")],
            segments);
    }

    [Fact]
    public void Compare_ReassemblesBothVersions()
    {
        const string before = "One two three.\n\nFour five six seven.";
        const string after = "One three.\n\nFour five and six, seven eight.";

        var segments = WordDiff.Compare(before, after);

        Assert.Equal(before, string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Contains(segments, s => s.Kind == DiffKind.Removed);
        Assert.Contains(segments, s => s.Kind == DiffKind.Added);
    }

    [Fact]
    public void Compare_SameText_IsOneUnchangedRun() =>
        Assert.Equal([new DiffSegment(DiffKind.Unchanged, "Same words.")], WordDiff.Compare("Same words.", "Same words."));
}
