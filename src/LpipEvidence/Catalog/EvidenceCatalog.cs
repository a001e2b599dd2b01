using LpipEvidence.Content;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Catalog;

/// <summary>Read-only queries behind the browse pages. Every query is no-tracking and opens its own context.</summary>
public sealed class EvidenceCatalog(IDbContextFactory<EvidenceDbContext> contextFactory)
{
    /// <summary>Every review with its findings, and every theme: the home page.</summary>
    public async Task<HomeView> GetHomeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reviews = await LoadReviewsAsync(db, cancellationToken);
        var findings = await FindingsQuery(db.Findings).ToListAsync(cancellationToken);
        var themes = Alphabetical(await ThemesQuery(db.Themes).ToListAsync(cancellationToken));
        return new HomeView(reviews.Select(r => Detail(r, findings)).ToList(), themes);
    }

    /// <summary>All reviews, newest first.</summary>
    public async Task<IReadOnlyList<ReviewSummary>> GetReviewsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await LoadReviewsAsync(db, cancellationToken)).Select(r => r.Summary).ToList();
    }

    /// <summary>One review with its findings, or null for an unknown slug.</summary>
    public async Task<ReviewDetail?> GetReviewAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var review = (await LoadReviewsAsync(db, cancellationToken, slug)).SingleOrDefault();
        if (review is null) return null;
        var findings = await FindingsQuery(db.Findings.Where(f => f.Review.Slug == slug)).ToListAsync(cancellationToken);
        return Detail(review, findings);
    }

    /// <summary>All themes in alphabetical order of title (see <see cref="Alphabetical"/>), with finding counts.</summary>
    public async Task<IReadOnlyList<ThemeSummary>> GetThemesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return Alphabetical(await ThemesQuery(db.Themes).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Other findings that share themes with the given one, most shared themes first; ties go to findings of the same
    /// review, then by review and by order in it. Findings sharing no theme are left out. Empty for an unknown slug.
    /// </summary>
    public async Task<IReadOnlyList<RelatedFinding>> GetRelatedFindingsAsync(string slug, int count, CancellationToken cancellationToken = default)
    {
        if (count <= 0) return [];
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var self = await db.Findings.AsNoTracking().Where(f => f.Slug == slug)
            .Select(f => new { ReviewSlug = f.Review.Slug, Themes = f.Themes.Select(t => t.Theme.Slug).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (self is null || self.Themes.Count == 0) return [];
        var themes = self.Themes;
        var candidates = await db.Findings.AsNoTracking()
            .Where(f => f.Slug != slug && f.Themes.Any(t => themes.Contains(t.Theme.Slug)))
            .Select(f => new
            {
                f.Slug, f.Title, f.Order, ReviewSlug = f.Review.Slug, ReviewTitle = f.Review.Title,
                Themes = f.Themes.OrderBy(t => t.Position).Select(t => new ThemeLink(t.Theme.Slug, t.Theme.Title)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => new { Candidate = c, Shared = c.Themes.Where(t => themes.Contains(t.Slug)).ToList() })
            .OrderByDescending(c => c.Shared.Count)
            .ThenBy(c => c.Candidate.ReviewSlug == self.ReviewSlug ? 0 : 1)
            .ThenBy(c => c.Candidate.ReviewSlug, StringComparer.Ordinal)
            .ThenBy(c => c.Candidate.Order)
            .Take(count)
            .Select(c => new RelatedFinding(c.Candidate.Slug, c.Candidate.Title, c.Candidate.ReviewSlug, c.Candidate.ReviewTitle, c.Shared))
            .ToList();
    }

    /// <summary>The evidence map: every theme against every review, with how many findings each pair has.</summary>
    public async Task<EvidenceMap> GetEvidenceMapAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reviews = EvidenceMap.Order((await LoadReviewsAsync(db, cancellationToken)).Select(r => r.Summary));
        var themes = Alphabetical(await ThemesQuery(db.Themes).ToListAsync(cancellationToken));
        var counts = await db.FindingThemes.AsNoTracking()
            .GroupBy(ft => new { Theme = ft.Theme.Slug, Review = ft.Finding.Review.Slug })
            .Select(g => new { g.Key.Theme, g.Key.Review, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new EvidenceMap(themes, reviews, counts.ToDictionary(c => (c.Theme, c.Review), c => c.Count));
    }

    /// <summary>One theme with its findings across reviews, or null for an unknown slug.</summary>
    public async Task<ThemeDetail?> GetThemeAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var theme = await ThemesQuery(db.Themes.Where(t => t.Slug == slug)).SingleOrDefaultAsync(cancellationToken);
        if (theme is null) return null;
        var findings = await FindingsQuery(db.Findings.Where(f => f.Themes.Any(t => t.Theme.Slug == slug))).ToListAsync(cancellationToken);
        var reviewSlugs = findings.Select(f => f.ReviewSlug).Distinct().ToList();
        var reviews = (await LoadReviewsAsync(db, cancellationToken)).Where(r => reviewSlugs.Contains(r.Summary.Slug)).Select(r => r.Summary).ToList();
        return new ThemeDetail(theme, findings, reviews);
    }

    /// <summary>One finding with its review and neighbours, or null for an unknown slug.</summary>
    public async Task<FindingDetail?> GetFindingAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var finding = await FindingsQuery(db.Findings.Where(f => f.Slug == slug)).SingleOrDefaultAsync(cancellationToken);
        if (finding is null) return null;
        var review = (await LoadReviewsAsync(db, cancellationToken, finding.ReviewSlug)).Single();
        var siblings = db.Findings.AsNoTracking().Where(f => f.Review.Slug == finding.ReviewSlug);
        var previous = await siblings.Where(f => f.Order < finding.Order).OrderByDescending(f => f.Order)
            .Select(f => new FindingLink(f.Slug, f.Title)).FirstOrDefaultAsync(cancellationToken);
        var next = await siblings.Where(f => f.Order > finding.Order).OrderBy(f => f.Order)
            .Select(f => new FindingLink(f.Slug, f.Title)).FirstOrDefaultAsync(cancellationToken);
        return new FindingDetail(finding, review.Summary, previous, next);
    }

    /// <summary>The findings with the given slugs, in the order asked for; unknown slugs are left out.</summary>
    public async Task<IReadOnlyList<FindingView>> GetFindingsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default)
    {
        if (slugs.Count == 0) return [];
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await FindingsQuery(db.Findings.Where(f => slugs.Contains(f.Slug))).ToListAsync(cancellationToken);
        var bySlug = found.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        return slugs.Where(bySlug.ContainsKey).Select(s => bySlug[s]).Distinct().ToList();
    }

    /// <summary>The content the store currently holds, or null before the first successful import.</summary>
    public async Task<StoreVersion?> GetStoreVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Imports.AsNoTracking().OrderByDescending(i => i.Id)
            .Select(i => new StoreVersion(i.Hash, i.ImportedAtUtc, i.ReviewCount, i.FindingCount, i.ThemeCount))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record LoadedReview(ReviewSummary Summary, string IntroductionHtml, string IntroductionText);

    private static async Task<List<LoadedReview>> LoadReviewsAsync(EvidenceDbContext db, CancellationToken cancellationToken, string? slug = null)
    {
        var query = db.Reviews.AsNoTracking();
        if (slug is not null) query = query.Where(r => r.Slug == slug);
        var rows = await query
            .Select(r => new
            {
                Review = r,
                Authors = r.Authors.OrderBy(a => a.Position).ToList(),
                FindingCount = r.Findings.Count,
            })
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.Review.PublishedYear).ThenByDescending(r => r.Review.PublishedMonth).ThenBy(r => r.Review.Title, StringComparer.Ordinal)
            .Select(r => new LoadedReview(
                new ReviewSummary(
                    r.Review.Slug, r.Review.Title, r.Review.Subtitle,
                    r.Authors.Select(a => new Author(a.Given, a.Family, a.Honorific)).ToList(),
                    r.Review.Publisher, new PublicationMonth(r.Review.PublishedYear, r.Review.PublishedMonth),
                    r.Review.LicenceName, r.Review.LicenceCode, r.Review.LicenceUrl,
                    r.Review.Citation, r.Review.SourceUrl, r.Review.ProgrammeTheme, r.FindingCount),
                r.Review.Introduction.Html,
                r.Review.Introduction.PlainText))
            .ToList();
    }

    private static ReviewDetail Detail(LoadedReview review, IEnumerable<FindingView> findings) =>
        new(review.Summary, review.IntroductionHtml, review.IntroductionText,
            findings.Where(f => f.ReviewSlug == review.Summary.Slug).OrderBy(f => f.Order).ToList());

    /// <summary>
    /// Themes as every list shows them: A to Z by title, ignoring case (and then by slug, so equal titles keep a
    /// stable order). Readers scan a list of themes for a name, so the rule is one they can see.
    /// </summary>
    private static List<ThemeSummary> Alphabetical(IEnumerable<ThemeSummary> themes) =>
        themes.OrderBy(t => t.Title, StringComparer.InvariantCultureIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();

    private static IQueryable<ThemeSummary> ThemesQuery(IQueryable<Theme> themes) =>
        themes.AsNoTracking()
            .Select(t => new ThemeSummary(t.Slug, t.Title, t.Description.Html, t.Description.PlainText, t.Findings.Count));

    /// <summary>Findings as every list shows them, by review and order; shared with the open-data queries.</summary>
    internal static IQueryable<FindingView> FindingsQuery(IQueryable<Finding> findings) =>
        findings.AsNoTracking()
            .OrderBy(f => f.Review.Slug).ThenBy(f => f.Order)
            .Select(f => new FindingView(
                f.Slug, f.Title, f.Order, f.Review.Slug, f.Review.Title,
                f.Body.Html, f.Body.PlainText, f.Takeaway.Html, f.Takeaway.PlainText,
                f.Themes.OrderBy(t => t.Position).Select(t => new ThemeLink(t.Theme.Slug, t.Theme.Title)).ToList()));
}
