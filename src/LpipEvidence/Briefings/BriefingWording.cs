using System.Globalization;
using LpipEvidence.Catalog;
using LpipEvidence.Credits;

namespace LpipEvidence.Briefings;

/// <summary>
/// The sentences of a briefing, as segments, shared by the briefing page and the Markdown and Word writers. Credit
/// and licence wording comes from <see cref="ReviewCredit"/>.
/// </summary>
public static class BriefingWording
{
    /// <summary>The heading over each finding's key takeaway.</summary>
    public const string TakeawayHeading = "Key takeaway";
    /// <summary>The heading over the list of reviews the findings come from.</summary>
    public const string SourcesHeading = "Sources";
    /// <summary>The heading over the licence of each review.</summary>
    public const string LicenceHeading = "Licence";
    /// <summary>What a briefing with no findings says.</summary>
    public const string EmptyText = "No findings were selected for this briefing.";

    /// <summary>"27 November 2026".</summary>
    public static string DateText(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1. Importance of Innovation and Technology Policies".</summary>
    public static string FindingHeading(int number, FindingView finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return string.Create(CultureInfo.InvariantCulture, $"{number}. {finding.Title}");
    }

    /// <summary>"Themes: a, b", or null when the finding has none.</summary>
    public static string? ThemesLine(FindingView finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Themes.Count == 0 ? null : "Themes: " + string.Join(", ", finding.Themes.Select(t => t.Title));
    }

    /// <summary>"Source: Innovation Evidence Review, key finding 1".</summary>
    public static string SourceLine(FindingView finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return string.Create(CultureInfo.InvariantCulture, $"Source: {finding.ReviewTitle}, key finding {finding.Order}");
    }

    /// <summary>
    /// "Made by Jo Bloggs on 1 March 2025 from: <i>Review</i> (Authors, Publisher, October 2024)." ("by …" only when the
    /// reader said who made it). The one date a briefing has of its own: the day its address records as made, which is
    /// today for a new briefing. The day it is printed or downloaded is said apart (<see cref="OutputLine"/>).
    /// </summary>
    public static IReadOnlyList<TextSegment> PreparedLine(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var by = briefing.PreparedBy is { } name ? " by " + name : "";
        var segments = new List<TextSegment> { new("Made" + by + " on " + DateText(briefing.MadeOn)) };
        if (briefing.Sources.Count == 0)
        {
            segments.Add(new TextSegment("."));
            return segments;
        }
        segments.Add(new TextSegment(" from: "));
        for (var i = 0; i < briefing.Sources.Count; i++)
        {
            var review = briefing.Sources[i];
            if (i > 0) segments.Add(new TextSegment("; "));
            segments.Add(TextSegment.Italic(review.Title, review.Url));
            segments.Add(new TextSegment(" (" + ReviewCredit.Credit(review) + ")"));
        }
        segments.Add(new TextSegment("."));
        return segments;
    }

    /// <summary>"Printed on 4 December 2026." or "Downloaded on 4 December 2026.": the other date of the pair, today.</summary>
    public static string OutputLine(BriefingOutput output, Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var verb = output == BriefingOutput.Printed ? "Printed" : "Downloaded";
        return $"{verb} on {DateText(briefing.Date)}.";
    }

    /// <summary>
    /// What has changed since the briefing was made (its date is in <see cref="PreparedLine"/>, so it is not given
    /// again): "Since it was made, 1 of its 3 findings has changed: it is marked below with what changed." Null when
    /// there is nothing to say: the address gives no date, or the briefing was made today and nothing has changed.
    /// </summary>
    public static string? MadeLine(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        if (briefing.Made is not { } made) return null;
        var changed = briefing.ChangedCount;
        if (changed == 0 && made >= briefing.Date) return null;
        if (changed == 0) return briefing.Findings.Count == 1 ? "Its finding has not changed since it was made." : "None of its findings has changed since it was made.";
        var which = (changed, briefing.Findings.Count) switch
        {
            (1, 1) => "its finding has changed: it is",
            (1, var total) => $"1 of its {total} findings has changed: it is",
            (var n, var total) when n == total => $"all {n} of its findings have changed: they are",
            (var n, var total) => $"{n} of its {total} findings have changed: they are",
        };
        return string.Create(CultureInfo.InvariantCulture, $"Since it was made, {which} marked below with what changed.");
    }

    /// <summary>"Changed since this briefing was made on 1 March 2025", over a finding's change notes.</summary>
    public static string ChangedSinceHeading(DateOnly made) => "Changed since this briefing was made on " + DateText(made);

    /// <summary>"10 May 2025: Clarified that coverage means broadband and mobile."</summary>
    public static string ChangeLine(ChangeEntry change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return DateText(change.Date) + ": " + change.Note;
    }

    /// <summary>A review's citation (its own Markdown, italics kept), with its source URL added when the citation has no link to it.</summary>
    public static IReadOnlyList<TextSegment> Citation(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var segments = TextSegment.FromMarkdown(review.Citation.Markdown).ToList();
        if (!CitationLinksSource(review) && TextSegment.IsLinkable(review.SourceUrl))
        {
            segments.Add(new TextSegment(" Available at: "));
            segments.Add(TextSegment.Link(review.SourceUrl));
        }
        return segments;
    }

    /// <summary>Whether the citation already carries the review's source URL (so it is not added twice).</summary>
    public static bool CitationLinksSource(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return string.IsNullOrWhiteSpace(review.SourceUrl) || review.Citation.Markdown.Contains(review.SourceUrl, StringComparison.Ordinal);
    }

    /// <summary>Said when the reader added a title or note, so nobody takes them for the authors' words.</summary>
    public static string? ReaderTextNotice(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var who = briefing.PreparedBy ?? "whoever prepared it";
        return (briefing.HasCustomTitle, briefing.Note is not null) switch
        {
            (true, true) => $"The title and note of this briefing were written by {who}, not by the authors of the reviews.",
            (true, false) => $"The title of this briefing was written by {who}, not by the authors of the reviews.",
            (false, true) => $"The note of this briefing was written by {who}, not by the authors of the reviews.",
            _ => null,
        };
    }
}
