using LpipEvidence.Content;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Catalog;

/// <summary>
/// What changed and when: the dated change notes editors record in front matter, as pages, the "What's new" list,
/// feeds and briefings need them. Every query is no-tracking and opens its own context.
/// </summary>
public sealed class ChangeCatalog(IDbContextFactory<EvidenceDbContext> contextFactory)
{
    /// <summary>Largest page of the site-wide list.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The history of one review, finding or theme page, or null when there is no such page.</summary>
    public async Task<PageHistory?> GetHistoryAsync(ContentKind kind, string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The subjects whose notes concern the page: itself and, for a review or a theme, its findings.
        List<(ContentKind Kind, string Slug, string Title)> subjects;
        PublicationMonth published;
        switch (kind)
        {
            case ContentKind.Review:
                var review = await db.Reviews.AsNoTracking().Where(r => r.Slug == slug)
                    .Select(r => new { r.Title, r.PublishedYear, r.PublishedMonth, Findings = r.Findings.Select(f => new { f.Slug, f.Title }).ToList() })
                    .SingleOrDefaultAsync(cancellationToken);
                if (review is null) return null;
                published = new PublicationMonth(review.PublishedYear, review.PublishedMonth);
                subjects = [(kind, slug, review.Title), .. review.Findings.Select(f => (ContentKind.Finding, f.Slug, f.Title))];
                break;
            case ContentKind.Finding:
                var finding = await db.Findings.AsNoTracking().Where(f => f.Slug == slug)
                    .Select(f => new { f.Title, f.Review.PublishedYear, f.Review.PublishedMonth })
                    .SingleOrDefaultAsync(cancellationToken);
                if (finding is null) return null;
                published = new PublicationMonth(finding.PublishedYear, finding.PublishedMonth);
                subjects = [(kind, slug, finding.Title)];
                break;
            default:
                var theme = await db.Themes.AsNoTracking().Where(t => t.Slug == slug)
                    .Select(t => new
                    {
                        t.Title,
                        Findings = t.Findings.Select(ft => new { ft.Finding.Slug, ft.Finding.Title, ft.Finding.Review.PublishedYear, ft.Finding.Review.PublishedMonth }).ToList(),
                    })
                    .SingleOrDefaultAsync(cancellationToken);
                if (theme is null) return null;
                var first = theme.Findings.OrderBy(f => f.PublishedYear).ThenBy(f => f.PublishedMonth).FirstOrDefault();
                published = first is null ? default : new PublicationMonth(first.PublishedYear, first.PublishedMonth);
                subjects = [(kind, slug, theme.Title), .. theme.Findings.Select(f => (ContentKind.Finding, f.Slug, f.Title))];
                break;
        }

        var titles = subjects.ToDictionary(s => (s.Kind, s.Slug), s => s.Title);
        var findingSlugs = subjects.Where(s => s.Kind == ContentKind.Finding).Select(s => s.Slug).ToList();
        var notes = await db.ChangeNotes.AsNoTracking()
            .Where(n => (n.SubjectKind == kind && n.SubjectSlug == slug) || (n.SubjectKind == ContentKind.Finding && findingSlugs.Contains(n.SubjectSlug)))
            .ToListAsync(cancellationToken);
        var entries = Newest(notes.Select(n => Entry(n, titles[(n.SubjectKind, n.SubjectSlug)]))).ToList();
        return new PageHistory(published, entries.Count == 0 ? null : entries[0].Date, entries) { Title = titles[(kind, slug)] };
    }

    /// <summary>
    /// One page of every change note, newest first, optionally only those about a theme (the theme and its findings)
    /// or a review (the review and its findings). Each review's publication is an entry too, so a list is never
    /// empty once a review is published, and it starts, at its oldest, with the review appearing.
    /// </summary>
    public async Task<ChangePage> GetRecentAsync(int page, int pageSize, string? theme = null, string? review = null, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notes = db.ChangeNotes.AsNoTracking();
        var reviews = db.Reviews.AsNoTracking();
        if (theme is not null)
        {
            var findings = db.FindingThemes.Where(ft => ft.Theme.Slug == theme).Select(ft => ft.Finding.Slug);
            notes = notes.Where(n => (n.SubjectKind == ContentKind.Theme && n.SubjectSlug == theme)
                || (n.SubjectKind == ContentKind.Finding && findings.Contains(n.SubjectSlug)));
            reviews = reviews.Where(r => r.Findings.Any(f => f.Themes.Any(ft => ft.Theme.Slug == theme)));
        }
        if (review is not null)
        {
            var findings = db.Findings.Where(f => f.Review.Slug == review).Select(f => f.Slug);
            notes = notes.Where(n => (n.SubjectKind == ContentKind.Review && n.SubjectSlug == review)
                || (n.SubjectKind == ContentKind.Finding && findings.Contains(n.SubjectSlug)));
            reviews = reviews.Where(r => r.Slug == review);
        }

        // Publications are few (one per review): all of them, merged with as many of the newest notes as the page needs.
        var publications = (await reviews.Select(r => new { r.Slug, r.Title, r.PublishedYear, r.PublishedMonth }).ToListAsync(cancellationToken))
            .Select(r => ChangeEntry.Publication(r.Slug, r.Title, new PublicationMonth(r.PublishedYear, r.PublishedMonth)))
            .ToList();
        var noteCount = await notes.CountAsync(cancellationToken);
        var rows = await notes
            .OrderByDescending(n => n.Date).ThenBy(n => n.SubjectKind).ThenBy(n => n.SubjectSlug).ThenByDescending(n => n.Position)
            .Take(page * pageSize)
            .ToListAsync(cancellationToken);
        var titles = await TitlesAsync(db, rows.Select(r => (r.SubjectKind, r.SubjectSlug)), cancellationToken);
        var entries = Newest(rows.Select(r => Entry(r, titles.GetValueOrDefault((r.SubjectKind, r.SubjectSlug), r.SubjectSlug))).Concat(publications))
            .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new ChangePage(noteCount + publications.Count, page, pageSize, entries);
    }

    /// <summary>
    /// The change notes of the given findings dated after <paramref name="since"/>, newest first, by finding slug
    /// (findings without such notes are left out): what changed since a briefing was made.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ChangeEntry>>> GetFindingChangesSinceAsync(
        IReadOnlyCollection<string> findingSlugs, DateOnly since, CancellationToken cancellationToken = default)
    {
        if (findingSlugs.Count == 0) return new Dictionary<string, IReadOnlyList<ChangeEntry>>();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notes = await db.ChangeNotes.AsNoTracking()
            .Where(n => n.SubjectKind == ContentKind.Finding && findingSlugs.Contains(n.SubjectSlug) && n.Date > since)
            .ToListAsync(cancellationToken);
        var titles = await TitlesAsync(db, notes.Select(n => (n.SubjectKind, n.SubjectSlug)), cancellationToken);
        return notes.GroupBy(n => n.SubjectSlug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ChangeEntry>)Newest(g.Select(n => Entry(n, titles[(n.SubjectKind, n.SubjectSlug)]))).ToList(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The content file of a review, finding or theme, relative to the content folder (as imported), or null when
    /// there is no such page: where its versions are found in git.
    /// </summary>
    public async Task<string?> GetSourcePathAsync(ContentKind kind, string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return kind switch
        {
            ContentKind.Review => await db.Reviews.AsNoTracking().Where(r => r.Slug == slug).Select(r => r.SourcePath).SingleOrDefaultAsync(cancellationToken),
            ContentKind.Finding => await db.Findings.AsNoTracking().Where(f => f.Slug == slug).Select(f => f.SourcePath).SingleOrDefaultAsync(cancellationToken),
            _ => await db.Themes.AsNoTracking().Where(t => t.Slug == slug).Select(t => t.SourcePath).SingleOrDefaultAsync(cancellationToken),
        };
    }

    private static ChangeEntry Entry(StoredChangeNote note, string title) =>
        new(note.Date, note.Note, note.SubjectKind, note.SubjectSlug, title, note.Position);

    private static IEnumerable<ChangeEntry> Newest(IEnumerable<ChangeEntry> entries) =>
        // On the same day a review's publication comes last (oldest): anything recorded that day followed it.
        entries.OrderByDescending(e => e.Date).ThenBy(e => e.IsPublication).ThenBy(e => e.Kind).ThenBy(e => e.Slug, StringComparer.Ordinal).ThenByDescending(e => e.Position);

    private static async Task<Dictionary<(ContentKind, string), string>> TitlesAsync(EvidenceDbContext db,
        IEnumerable<(ContentKind Kind, string Slug)> subjects, CancellationToken cancellationToken)
    {
        var wanted = subjects.ToList();
        var titles = new Dictionary<(ContentKind, string), string>();
        var slugs = wanted.Where(s => s.Kind == ContentKind.Review).Select(s => s.Slug).Distinct().ToList();
        if (slugs.Count > 0)
        {
            foreach (var r in await db.Reviews.AsNoTracking().Where(r => slugs.Contains(r.Slug)).Select(r => new { r.Slug, r.Title }).ToListAsync(cancellationToken))
            {
                titles[(ContentKind.Review, r.Slug)] = r.Title;
            }
        }
        slugs = wanted.Where(s => s.Kind == ContentKind.Finding).Select(s => s.Slug).Distinct().ToList();
        if (slugs.Count > 0)
        {
            foreach (var f in await db.Findings.AsNoTracking().Where(f => slugs.Contains(f.Slug)).Select(f => new { f.Slug, f.Title }).ToListAsync(cancellationToken))
            {
                titles[(ContentKind.Finding, f.Slug)] = f.Title;
            }
        }
        slugs = wanted.Where(s => s.Kind == ContentKind.Theme).Select(s => s.Slug).Distinct().ToList();
        if (slugs.Count > 0)
        {
            foreach (var t in await db.Themes.AsNoTracking().Where(t => slugs.Contains(t.Slug)).Select(t => new { t.Slug, t.Title }).ToListAsync(cancellationToken))
            {
                titles[(ContentKind.Theme, t.Slug)] = t.Title;
            }
        }
        return titles;
    }
}
