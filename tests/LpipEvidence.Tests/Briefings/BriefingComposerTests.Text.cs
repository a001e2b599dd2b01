using System.Globalization;
using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Tests.Briefings;

/// <summary>Briefing composer tests, continued: the title, note and author a person writes, cleaned and cut to their limits.</summary>
public sealed partial class BriefingComposerTests
{
    [Fact]
    public async Task Title_is_stripped_of_control_characters_and_white_space_is_collapsed()
    {
        var briefing = await Compose(BriefingSamples.InnovationSlugs[0], "  Clusters\r\n\tand\u0000 skills \u202Eevil\u202C  ");

        Assert.Equal("Clusters and skills evil", briefing.Title);
        Assert.False(briefing.TitleTruncated);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n\t\u0007 ")]
    public async Task A_missing_or_blank_title_becomes_the_default(string? title)
    {
        var briefing = await Compose(BriefingSamples.InnovationSlugs[0], title);

        Assert.Equal("Evidence briefing", briefing.Title);
        Assert.False(briefing.TitleTruncated);
        Assert.DoesNotContain("title=", briefing.RelativeUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_title_is_cut_at_a_word_boundary()
    {
        var title = string.Join(' ', Enumerable.Repeat("innovation", 20)); // 219 characters

        var briefing = await Compose(BriefingSamples.InnovationSlugs[0], title);

        Assert.True(briefing.TitleTruncated);
        Assert.True(briefing.Title.Length <= BriefingLimits.MaxTitleLength);
        Assert.EndsWith("innovation\u2026", briefing.Title, StringComparison.Ordinal);
        Assert.All(briefing.Title.TrimEnd('\u2026').Split(' '), word => Assert.Equal("innovation", word));
    }

    [Fact]
    public async Task A_title_of_exactly_the_limit_is_kept_whole()
    {
        var title = new string('x', BriefingLimits.MaxTitleLength);

        var briefing = await Compose(BriefingSamples.InnovationSlugs[0], title);

        Assert.Equal(title, briefing.Title);
        Assert.False(briefing.TitleTruncated);
    }

    [Fact]
    public async Task Note_keeps_its_newlines_with_CRLF_normalised_and_controls_stripped()
    {
        var briefing = await Compose(BriefingSamples.InnovationSlugs[0], null, "  First line\r\nsecond\u0000 line  \r\n\r\n\r\n\r\nNew paragraph\rlast\u0007  ");

        Assert.Equal("First line\nsecond line\n\nNew paragraph\nlast", briefing.Note);
        Assert.False(briefing.NoteTruncated);
    }

    [Fact]
    public async Task A_long_note_is_cut_at_a_word_boundary()
    {
        var note = string.Join(' ', Enumerable.Repeat("partnership", 100)); // 1199 characters

        var briefing = await Compose(BriefingSamples.InnovationSlugs[0], null, note);

        Assert.True(briefing.NoteTruncated);
        Assert.NotNull(briefing.Note);
        Assert.True(briefing.Note.Length <= BriefingLimits.MaxNoteLength);
        Assert.EndsWith("partnership\u2026", briefing.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_overlong_word_is_cut_hard_without_splitting_a_surrogate_pair()
    {
        var title = new string('a', BriefingLimits.MaxTitleLength - 2) + "\U0001F600\U0001F600";

        var briefing = await Compose(BriefingSamples.InnovationSlugs[0], title);

        Assert.True(briefing.TitleTruncated);
        Assert.False(char.IsHighSurrogate(briefing.Title[^2]));
        Assert.EndsWith("\u2026", briefing.Title, StringComparison.Ordinal);
    }
}
