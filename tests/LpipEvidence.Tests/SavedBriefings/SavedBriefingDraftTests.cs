using LpipEvidence.Briefings;
using LpipEvidence.SavedBriefings;
using static LpipEvidence.Tests.SavedBriefings.SavedBriefingSamples;

namespace LpipEvidence.Tests.SavedBriefings;

public sealed class SavedBriefingDraftTests
{
    [Fact]
    public void From_AGoodBriefing_KeepsFindingsInOrderTitleNoteAuthorAndTheDayItWasMade()
    {
        var briefing = Briefing("beta-finding", "alpha-finding") with
        {
            Title = "My title", Note = "A note", PreparedBy = "Me", Made = new DateOnly(2026, 1, 2),
        };

        var draft = SavedBriefingDraft.From(briefing, out var problems);

        Assert.Empty(problems);
        Assert.NotNull(draft);
        Assert.Equal(["beta-finding", "alpha-finding"], draft.Findings.Select(f => f.Slug));
        Assert.Equal("My title", draft.Title);
        Assert.Equal("A note", draft.Note);
        Assert.Equal("Me", draft.PreparedBy);
        Assert.Equal(new DateOnly(2026, 1, 2), draft.Made);
    }

    [Fact]
    public void From_ABriefingWithTheDefaultTitleAndNoMadeDay_SavesNoTitleAndToday()
    {
        var draft = SavedBriefingDraft.From(Briefing("alpha-finding"), out _);

        Assert.NotNull(draft);
        Assert.Null(draft.Title);
        Assert.Equal(Today, draft.Made);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "empty", "Add at least one finding" },
        { "unknown", "2 findings in this briefing could not be found" },
        { "limit", $"at most {BriefingLimits.MaxFindings} findings. Remove 3" },
        { "title", $"title is longer than {BriefingLimits.MaxTitleLength} characters" },
        { "note", $"note is longer than {BriefingLimits.MaxNoteLength} characters" },
        { "by", $"“Prepared by” is longer than {BriefingLimits.MaxPreparedByLength} characters" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void From_ABriefingOverTheFormsLimits_IsRefusedWithAClearReason(string problem, string expected)
    {
        var good = Briefing("alpha-finding");
        var briefing = problem switch
        {
            "empty" => Briefing(),
            "unknown" => good with { UnknownSlugs = ["gone-one", "gone-two"] },
            "limit" => good with { DroppedForLimit = 3 },
            "title" => good with { TitleTruncated = true },
            "note" => good with { NoteTruncated = true },
            _ => good with { PreparedByTruncated = true },
        };

        var draft = SavedBriefingDraft.From(briefing, out var problems);

        Assert.Null(draft);
        Assert.Contains(expected, Assert.Single(problems), StringComparison.Ordinal);
    }
}
