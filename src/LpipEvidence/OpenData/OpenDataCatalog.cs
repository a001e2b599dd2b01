using System.Runtime.CompilerServices;
using LpipEvidence.Addresses;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.OpenData;

/// <summary>
/// The content as open data: reviews, themes and findings with their licences, citations and change notes, in the
/// stable contracts of the read API and the bulk downloads (never the store's entities), and every public page with
/// when it last changed. Addresses are made absolute by the caller's <c>absolute</c> function.
/// </summary>
public sealed class OpenDataCatalog(IDbContextFactory<EvidenceDbContext> contextFactory, EvidenceCatalog catalog, ChangeCatalog changes)
{
    /// <summary>Findings per page when a client does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Most findings on one page.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Every review, newest first.</summary>
    public async Task<ReviewListData> GetReviewsAsync(Func<string, string> absolute, CancellationToken cancellationToken = default)
    {
        var map = new OpenDataMapper(absolute);
        return new ReviewListData((await catalog.GetReviewsAsync(cancellationToken)).Select(map.Review).ToList());
    }

    /// <summary>One review with its findings and history, or null for an unknown slug.</summary>
    public async Task<ReviewDetailData?> GetReviewAsync(string slug, Func<string, string> absolute, CancellationToken cancellationToken = default)
    {
        var detail = await catalog.GetReviewAsync(slug, cancellationToken);
        var history = detail is null ? null : await changes.GetHistoryAsync(ContentKind.Review, slug, cancellationToken);
        if (detail is null || history is null) return null;
        var map = new OpenDataMapper(absolute);
        return new ReviewDetailData(map.Review(detail.Review), detail.IntroductionText, detail.IntroductionHtml,
            detail.Findings.Select(map.Link).ToList(), map.History(history));
    }

    /// <summary>Every theme, A to Z.</summary>
    public async Task<ThemeListData> GetThemesAsync(Func<string, string> absolute, CancellationToken cancellationToken = default)
    {
        var map = new OpenDataMapper(absolute);
        return new ThemeListData((await catalog.GetThemesAsync(cancellationToken)).Select(map.Theme).ToList());
    }

    /// <summary>One theme with its findings, their reviews and its history, or null for an unknown slug.</summary>
    public async Task<ThemeDetailData?> GetThemeAsync(string slug, Func<string, string> absolute, CancellationToken cancellationToken = default)
    {
        var detail = await catalog.GetThemeAsync(slug, cancellationToken);
        var history = detail is null ? null : await changes.GetHistoryAsync(ContentKind.Theme, slug, cancellationToken);
        if (detail is null || history is null) return null;
        var map = new OpenDataMapper(absolute);
        return new ThemeDetailData(map.Theme(detail.Theme), detail.Findings.Select(map.Link).ToList(),
            detail.Reviews.Select(map.Review).ToList(), map.History(history));
    }

    /// <summary>One finding, or null for an unknown slug.</summary>
    public async Task<FindingData?> GetFindingAsync(string slug, Func<string, string> absolute, CancellationToken cancellationToken = default)
    {
        var detail = await catalog.GetFindingAsync(slug, cancellationToken);
        var history = detail is null ? null : await changes.GetHistoryAsync(ContentKind.Finding, slug, cancellationToken);
        if (detail is null || history is null) return null;
        return new OpenDataMapper(absolute).Finding(detail.Finding, detail.Review, history.Changes);
    }

    /// <summary>
    /// One page of findings by review and order, optionally one review's or one theme's. A page past the last is
    /// empty; the addresses of the next and previous pages come from <paramref name="pageAddress"/>.
    /// </summary>
    public async Task<FindingListData> GetFindingsAsync(FindingFilter filter, Func<string, string> absolute, Func<int, string> pageAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(pageAddress);
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        int total;
        List<FindingView> findings;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var query = db.Findings.AsNoTracking();
            if (filter.Review is { } review) query = query.Where(f => f.Review.Slug == review);
            if (filter.Theme is { } theme) query = query.Where(f => f.Themes.Any(t => t.Theme.Slug == theme));
            total = await query.CountAsync(cancellationToken);
            findings = await EvidenceCatalog.FindingsQuery(query).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        }
        var reviews = await ReviewsBySlugAsync(cancellationToken);
        var notes = await changes.GetFindingChangesSinceAsync(findings.Select(f => f.Slug).ToList(), DateOnly.MinValue, cancellationToken);
        var map = new OpenDataMapper(absolute);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new FindingListData(total, page, pageSize, pageCount,
            page < pageCount ? absolute(pageAddress(page + 1)) : null,
            page > 1 ? absolute(pageAddress(Math.Min(page - 1, pageCount))) : null,
            findings.Select(f => map.Finding(f, reviews[f.ReviewSlug], notes.GetValueOrDefault(f.Slug) ?? [])).ToList());
    }

    /// <summary>
    /// Every finding by review and order, read as it is written out (one query, streamed), with its change notes: the
    /// bulk downloads.
    /// </summary>
    public async IAsyncEnumerable<FindingData> StreamFindingsAsync(Func<string, string> absolute, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reviews = await ReviewsBySlugAsync(cancellationToken);
        var map = new OpenDataMapper(absolute);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notes = (await db.ChangeNotes.AsNoTracking().Where(n => n.SubjectKind == ContentKind.Finding).ToListAsync(cancellationToken))
            .ToLookup(n => n.SubjectSlug, StringComparer.Ordinal);
        await foreach (var finding in EvidenceCatalog.FindingsQuery(db.Findings).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // Newest first, as ChangeCatalog orders a page's notes.
            var entries = notes[finding.Slug].OrderByDescending(n => n.Date).ThenByDescending(n => n.Position)
                .Select(n => new ChangeEntry(n.Date, n.Note, ContentKind.Finding, finding.Slug, finding.Title, n.Position)).ToList();
            yield return map.Finding(finding, reviews[finding.ReviewSlug], entries);
        }
    }

    /// <summary>
    /// Every review, theme and finding page with the newest date that concerns it: its own change notes, those of the
    /// findings it shows, and the publication of the reviews it shows (the first of the month). A theme no finding
    /// carries has no date.
    /// </summary>
    public async Task<IReadOnlyList<PublicPage>> GetContentPagesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().OrderBy(r => r.Slug)
            .Select(r => new { r.Slug, r.PublishedYear, r.PublishedMonth }).ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.Slug).Select(t => t.Slug).ToListAsync(cancellationToken);
        var findings = await db.Findings.AsNoTracking().OrderBy(f => f.Review.Slug).ThenBy(f => f.Order)
            .Select(f => new { f.Slug, Review = f.Review.Slug, Themes = f.Themes.Select(t => t.Theme.Slug).ToList() }).ToListAsync(cancellationToken);
        var notes = (await db.ChangeNotes.AsNoTracking().Select(n => new { n.SubjectKind, n.SubjectSlug, n.Date }).ToListAsync(cancellationToken))
            .GroupBy(n => (n.SubjectKind, n.SubjectSlug))
            .ToDictionary(g => g.Key, g => g.Max(n => n.Date));

        var published = reviews.ToDictionary(r => r.Slug, r => new DateOnly(r.PublishedYear, r.PublishedMonth, 1), StringComparer.Ordinal);
        DateOnly? Noted(ContentKind kind, string slug) => notes.TryGetValue((kind, slug), out var date) ? date : null;
        var findingDates = findings.ToDictionary(f => f.Slug, f => Latest(published[f.Review], Noted(ContentKind.Finding, f.Slug)), StringComparer.Ordinal);
        var reviewDates = reviews.ToDictionary(r => r.Slug, r => Latest(published[r.Slug], Noted(ContentKind.Review, r.Slug)), StringComparer.Ordinal);
        var themeDates = themes.ToDictionary(t => t, t => Noted(ContentKind.Theme, t), StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            reviewDates[finding.Review] = Latest(reviewDates[finding.Review], findingDates[finding.Slug]);
            foreach (var theme in finding.Themes) themeDates[theme] = Latest(themeDates[theme], findingDates[finding.Slug]);
        }

        return
        [
            .. reviews.Select(r => new PublicPage(SiteAddresses.Of(ContentKind.Review, r.Slug), reviewDates[r.Slug])),
            .. themes.Select(t => new PublicPage(SiteAddresses.Of(ContentKind.Theme, t), themeDates[t])),
            .. findings.Select(f => new PublicPage(SiteAddresses.Of(ContentKind.Finding, f.Slug), findingDates[f.Slug])),
        ];
    }

    private static DateOnly? Latest(DateOnly? one, DateOnly? other) => one is null ? other : other is null || one > other ? one : other;

    private async Task<Dictionary<string, ReviewSummary>> ReviewsBySlugAsync(CancellationToken cancellationToken) =>
        (await catalog.GetReviewsAsync(cancellationToken)).ToDictionary(r => r.Slug, StringComparer.Ordinal);
}
