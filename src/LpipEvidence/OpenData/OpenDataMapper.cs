using LpipEvidence.Addresses;
using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Credits;

namespace LpipEvidence.OpenData;

/// <summary>
/// Turns the catalog's views into the open-data contracts. Every address is made absolute by <paramref name="absolute"/>
/// (the site's one builder of absolute links), so a record means the same wherever it is read.
/// </summary>
internal sealed class OpenDataMapper(Func<string, string> absolute)
{
    public ReviewData Review(ReviewSummary review) => new(
        review.Slug,
        review.Title,
        review.Subtitle,
        absolute(review.Url),
        absolute(SiteAddresses.ApiReview(review.Slug)),
        review.Authors.Select(a => new AuthorData(a.DisplayName, a.Given, a.Family, a.Honorific)).ToList(),
        review.Publisher,
        review.Published.ToIsoString(),
        review.ProgrammeTheme,
        review.SourceUrl,
        review.FindingCount,
        Licence(review),
        Citation(review),
        ReviewCredit.Credit(review),
        Attribution(review));

    public static LicenceData Licence(ReviewSummary review) => new(
        review.LicenceName,
        string.IsNullOrWhiteSpace(review.LicenceCode) ? null : review.LicenceCode,
        string.IsNullOrWhiteSpace(review.LicenceUrl) ? null : review.LicenceUrl,
        ReviewCredit.LicenceLabel(review),
        ReviewCredit.Permission(review));

    public CitationData Citation(ReviewSummary review) =>
        new(Citations.Harvard(review), absolute(SiteAddresses.Ris(review.Slug)), absolute(SiteAddresses.BibTeX(review.Slug)));

    /// <summary>"Reproduced from <i>Title</i> by … under the … licence (…). You may …", as plain text.</summary>
    public static string Attribution(ReviewSummary review) => string.Concat(ReviewCredit.Reproduction(review).Select(s => s.Text));

    public ThemeData Theme(ThemeSummary theme) =>
        new(theme.Slug, theme.Title, absolute(theme.Url), absolute(SiteAddresses.ApiTheme(theme.Slug)), theme.DescriptionText, theme.DescriptionHtml, theme.FindingCount);

    public LinkData Link(FindingView finding) => new(finding.Slug, finding.Title, absolute(finding.Url), absolute(SiteAddresses.ApiFinding(finding.Slug)));

    public LinkData Link(ThemeLink theme) => new(theme.Slug, theme.Title, absolute(theme.Url), absolute(SiteAddresses.ApiTheme(theme.Slug)));

    public LinkData Link(ReviewSummary review) => new(review.Slug, review.Title, absolute(review.Url), absolute(SiteAddresses.ApiReview(review.Slug)));

    public FindingData Finding(FindingView finding, ReviewSummary review, IReadOnlyList<ChangeEntry> changes) => new(
        finding.Slug,
        finding.Title,
        finding.Order,
        absolute(finding.Url),
        absolute(SiteAddresses.ApiFinding(finding.Slug)),
        Link(review),
        finding.Themes.Select(Link).ToList(),
        finding.TakeawayText,
        finding.TakeawayHtml,
        finding.BodyText,
        finding.BodyHtml,
        review.Published.ToIsoString(),
        changes.Count == 0 ? null : changes.Max(c => c.Date),
        changes.Select(Change).ToList(),
        Licence(review),
        Citation(review),
        Attribution(review));

    public HistoryData History(PageHistory history) =>
        new(history.Published.ToIsoString(), history.LastUpdated, history.Changes.Select(Change).ToList());

    public ChangeData Change(ChangeEntry entry) =>
        new(entry.Date, entry.Note, KindName(entry.Kind), entry.Slug, entry.Title, absolute(entry.Url));

    /// <summary>"review", "finding" or "theme": kinds are named in the contracts, never numbered.</summary>
    public static string KindName(ContentKind kind) => kind switch
    {
        ContentKind.Review => "review",
        ContentKind.Theme => "theme",
        _ => "finding",
    };
}
