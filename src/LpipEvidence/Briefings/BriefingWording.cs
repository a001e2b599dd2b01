using System.Globalization;
using LpipEvidence.Catalog;

namespace LpipEvidence.Briefings;

/// <summary>The sentences of a briefing export, as segments, shared by the Markdown and Word writers.</summary>
internal static class BriefingWording
{
    public const string TakeawayHeading = "Key takeaway";
    public const string SourcesHeading = "Sources";
    public const string LicenceHeading = "Licence";
    public const string EmptyText = "No findings were selected for this briefing.";

    public static string DateText(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1. Importance of Innovation and Technology Policies".</summary>
    public static string FindingHeading(int number, FindingView finding) =>
        string.Create(CultureInfo.InvariantCulture, $"{number}. {finding.Title}");

    /// <summary>"Themes: a, b", or null when the finding has none.</summary>
    public static string? ThemesLine(FindingView finding) =>
        finding.Themes.Count == 0 ? null : "Themes: " + string.Join(", ", finding.Themes.Select(t => t.Title));

    /// <summary>"Source: Innovation Evidence Review, key finding 1".</summary>
    public static string SourceLine(FindingView finding) =>
        string.Create(CultureInfo.InvariantCulture, $"Source: {finding.ReviewTitle}, key finding {finding.Order}");

    /// <summary>"Prepared on 27 November 2026 from: *Review* (Authors, Publisher, October 2024)."</summary>
    public static IReadOnlyList<TextSegment> PreparedLine(Briefing briefing)
    {
        var segments = new List<TextSegment> { new("Prepared on " + DateText(briefing.Date)) };
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
            segments.Add(TextSegment.Italic(review.Title));
            segments.Add(new TextSegment(" (" + Credit(review) + ")"));
        }
        segments.Add(new TextSegment("."));
        return segments;
    }

    /// <summary>A review's citation (its own Markdown, italics kept), with its source URL added when the citation has no link to it.</summary>
    public static IReadOnlyList<TextSegment> Citation(ReviewSummary review)
    {
        var segments = TextSegment.FromMarkdown(review.Citation.Markdown).ToList();
        if (!CitationLinksSource(review) && TextSegment.IsLinkable(review.SourceUrl))
        {
            segments.Add(new TextSegment(" Available at: "));
            segments.Add(TextSegment.Link(review.SourceUrl));
        }
        return segments;
    }

    /// <summary>Whether the citation already carries the review's source URL (so it is not added twice).</summary>
    public static bool CitationLinksSource(ReviewSummary review) =>
        string.IsNullOrWhiteSpace(review.SourceUrl) || review.Citation.Markdown.Contains(review.SourceUrl, StringComparison.Ordinal);

    /// <summary>
    /// "Reproduced from *Review* by Dr Chloe Billing (Publisher, October 2024) under the Creative Commons
    /// Attribution-NonCommercial licence (CC BY-NC, URL); not for commercial use."
    /// </summary>
    public static IReadOnlyList<TextSegment> LicenceNotice(ReviewSummary review)
    {
        var segments = new List<TextSegment>
        {
            new("Reproduced from "),
            TextSegment.Italic(review.Title),
        };
        var by = string.IsNullOrWhiteSpace(review.AuthorNames) ? " " : " by " + review.AuthorNames + " ";
        segments.Add(new TextSegment(by + "(" + review.Publisher + ", " + review.Published + ") under the " + review.LicenceName + " licence ("));
        var hasCode = !string.IsNullOrWhiteSpace(review.LicenceCode);
        if (hasCode) segments.Add(new TextSegment(review.LicenceCode));
        if (TextSegment.IsLinkable(review.LicenceUrl))
        {
            if (hasCode) segments.Add(new TextSegment(", "));
            segments.Add(TextSegment.Link(review.LicenceUrl!));
        }
        else if (!hasCode && !string.IsNullOrWhiteSpace(review.LicenceUrl))
        {
            segments.Add(new TextSegment(review.LicenceUrl));
        }
        segments.Add(new TextSegment(")" + (review.IsNonCommercial ? "; not for commercial use." : ".")));
        return segments;
    }

    /// <summary>Said when the reader added a title or note, so nobody takes them for the authors' words.</summary>
    public static string? ReaderTextNotice(Briefing briefing) =>
        (briefing.HasCustomTitle, briefing.Note is not null) switch
        {
            (true, true) => "The title and note of this briefing were written by whoever prepared it, not by the authors of the reviews.",
            (true, false) => "The title of this briefing was written by whoever prepared it, not by the authors of the reviews.",
            (false, true) => "The note of this briefing was written by whoever prepared it, not by the authors of the reviews.",
            _ => null,
        };

    private static string Credit(ReviewSummary review) =>
        string.Join(", ", new[] { review.AuthorNames, review.Publisher, review.Published.ToString() }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
