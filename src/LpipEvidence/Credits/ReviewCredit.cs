using LpipEvidence.Catalog;

namespace LpipEvidence.Credits;

/// <summary>
/// The one place that words a review's credit and licence, from its metadata: pages, the print footer, the briefing
/// page and the .docx and .md exports all render what this gives, so a review under another licence or from another
/// publisher is described correctly everywhere at once.
/// </summary>
public static class ReviewCredit
{
    /// <summary>"Creative Commons Attribution-NonCommercial (CC BY-NC)": the licence's name, and its code when it has one.</summary>
    public static string LicenceLabel(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return string.IsNullOrWhiteSpace(review.LicenceCode) ? review.LicenceName : $"{review.LicenceName} ({review.LicenceCode})";
    }

    /// <summary>"Dr Chloe Billing, Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham, October 2024": who and when, blanks left out.</summary>
    public static string Credit(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return string.Join(", ", new[] { review.AuthorNames, review.Publisher, review.Published.ToString() }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>
    /// Where the words come from: "<i>Innovation Evidence Review</i> by Dr Chloe Billing, Local Policy Innovation
    /// Partnerships Hub, City-REDI, University of Birmingham, October 2024." The title links to the review's page on this
    /// site. The review is named by its title alone, as everywhere on the site (<see cref="SiteNames"/>).
    /// </summary>
    public static IReadOnlyList<TextSegment> Source(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var credit = string.Join(", ", new[] { review.Publisher, review.Published.ToString() }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var rest = string.IsNullOrWhiteSpace(review.AuthorNames) ? ", " + credit : " by " + review.AuthorNames + ", " + credit;
        return [TextSegment.Italic(review.Title, review.Url), new TextSegment(rest + ".")];
    }

    /// <summary>
    /// "Reproduced under the Creative Commons Attribution-NonCommercial licence (CC BY-NC). You may share and adapt it
    /// for non-commercial purposes if you credit the source." The code links to the licence.
    /// </summary>
    public static IReadOnlyList<TextSegment> Licence(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var segments = new List<TextSegment> { new("Reproduced under the ") };
        AddLicence(segments, review);
        return segments;
    }

    /// <summary>
    /// The same, naming the work, for a document that gathers findings from several reviews: "Reproduced from
    /// <i>Innovation Evidence Review</i> by Dr Chloe Billing (Publisher, October 2024) under the Creative Commons
    /// Attribution-NonCommercial licence (CC BY-NC). You may share and adapt it for non-commercial purposes if you
    /// credit the source."
    /// </summary>
    public static IReadOnlyList<TextSegment> Reproduction(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var by = string.IsNullOrWhiteSpace(review.AuthorNames) ? " " : " by " + review.AuthorNames + " ";
        var when = string.Join(", ", new[] { review.Publisher, review.Published.ToString() }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var segments = new List<TextSegment>
        {
            new("Reproduced from "),
            TextSegment.Italic(review.Title, review.Url),
            new(by + (when.Length > 0 ? "(" + when + ") " : "") + "under the "),
        };
        AddLicence(segments, review);
        return segments;
    }

    /// <summary>What the licence lets a reader do with the review's words, in one sentence.</summary>
    public static string Permission(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var terms = LicenceTerms.Parse(review.LicenceCode, review.LicenceName);
        return terms.Family switch
        {
            LicenceFamily.CreativeCommons when terms.NoDerivatives =>
                $"You may share it unchanged{(terms.NonCommercial ? " for non-commercial purposes" : ", for any purpose,")} if you credit the source.",
            LicenceFamily.CreativeCommons =>
                $"You may share and adapt it {(terms.NonCommercial ? "for non-commercial purposes" : "for any purpose")} if you credit the source"
                + (terms.ShareAlike ? " and share what you adapt under the same licence." : "."),
            LicenceFamily.OpenGovernment => "You may copy, adapt and use it for any purpose if you credit the source.",
            LicenceFamily.PublicDomain => "It is in the public domain; crediting the source is still good practice.",
            _ => "Check the licence before you reuse it.",
        };
    }

    /// <summary>"Innovation Evidence Review on birmingham.ac.uk": the words of a link to the review where its publisher put it.</summary>
    public static string OriginalLinkText(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return Uri.TryCreate(review.SourceUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? $"{review.Title} on {(uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)}"
            : $"{review.Title} from {review.Publisher}";
    }

    /// <summary>"… Creative Commons Attribution-NonCommercial licence (CC BY-NC). You may …": the licence and what it allows.</summary>
    private static void AddLicence(List<TextSegment> segments, ReviewSummary review)
    {
        var hasCode = !string.IsNullOrWhiteSpace(review.LicenceCode);
        var hasUrl = !string.IsNullOrWhiteSpace(review.LicenceUrl);
        var name = review.LicenceName.EndsWith("licence", StringComparison.OrdinalIgnoreCase) || review.LicenceName.EndsWith("license", StringComparison.OrdinalIgnoreCase)
            ? review.LicenceName
            : review.LicenceName + " licence";
        if (hasCode || hasUrl)
        {
            segments.Add(new TextSegment(name + " ("));
            segments.Add(hasUrl
                ? new TextSegment(hasCode ? review.LicenceCode : review.LicenceUrl!, SegmentKind.LicenceLink, review.LicenceUrl)
                : new TextSegment(review.LicenceCode));
            segments.Add(new TextSegment("). " + Permission(review)));
        }
        else
        {
            segments.Add(new TextSegment(name + ". " + Permission(review)));
        }
    }
}
