using LpipEvidence.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Search.Indexing;

/// <summary>Everything an index is built from, read from the store in one snapshot.</summary>
/// <param name="Generation">The store content it is.</param>
/// <param name="Documents">Findings by slug, then reviews by slug, then themes by slug.</param>
/// <param name="Synonyms">The synonym groups, as editors wrote them.</param>
public sealed record SearchSource(StoreGeneration Generation, IReadOnlyList<SearchDocument> Documents, IReadOnlyList<IReadOnlyList<string>> Synonyms)
{
    /// <summary>
    /// Reads the store's current content inside one read transaction (which takes no write lock), so the documents
    /// and the generation they are labelled with always agree, even while an import commits.
    /// </summary>
    public static async Task<SearchSource> ReadAsync(IDbContextFactory<EvidenceDbContext> contextFactory, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);

        var generation = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id)
            .Select(i => new StoreGeneration(i.Id, i.Hash)).FirstOrDefaultAsync(cancellationToken) ?? StoreGeneration.Empty;

        var themes = await db.Themes.AsNoTracking()
            .Select(t => new { t.Id, t.Slug, t.Title, Description = t.Description.PlainText })
            .ToListAsync(cancellationToken);
        var themeById = themes.ToDictionary(t => t.Id);
        var reviews = await db.Reviews.AsNoTracking()
            .Select(r => new { r.Id, r.Slug, r.Title, r.ProgrammeTheme, Introduction = r.Introduction.PlainText })
            .ToListAsync(cancellationToken);
        var reviewSlugById = reviews.ToDictionary(r => r.Id, r => r.Slug);
        var links = await db.FindingThemes.AsNoTracking()
            .OrderBy(ft => ft.FindingId).ThenBy(ft => ft.Position)
            .Select(ft => new { ft.FindingId, ft.ThemeId })
            .ToListAsync(cancellationToken);
        var themesOf = links.GroupBy(l => l.FindingId).ToDictionary(g => g.Key, g => g.Select(l => themeById[l.ThemeId]).ToList());
        var findings = await db.Findings.AsNoTracking()
            .Select(f => new { f.Id, f.Slug, f.Title, f.ReviewId, Takeaway = f.Takeaway.PlainText, Body = f.Body.PlainText })
            .ToListAsync(cancellationToken);
        var synonyms = await db.SearchSynonyms.AsNoTracking().OrderBy(s => s.Group).ThenBy(s => s.Position)
            .Select(s => new { s.Group, s.Phrase }).ToListAsync(cancellationToken);

        var documents = new List<SearchDocument>(findings.Count + reviews.Count + themes.Count);
        foreach (var f in findings.OrderBy(f => f.Slug, StringComparer.Ordinal))
        {
            var own = themesOf.GetValueOrDefault(f.Id) ?? [];
            documents.Add(new SearchDocument(SearchKinds.Finding, f.Slug, f.Title, reviewSlugById[f.ReviewId], own.Select(t => t.Slug).ToList(),
                f.Title, f.Takeaway, f.Body, own.Select(t => t.Title).ToList()));
        }
        foreach (var r in reviews.OrderBy(r => r.Slug, StringComparer.Ordinal))
        {
            // A review is named by its title alone, in results as everywhere (Credits.SiteNames).
            documents.Add(new SearchDocument(SearchKinds.Review, r.Slug, r.Title, r.Slug, [], r.Title, "", r.Introduction, [r.ProgrammeTheme]));
        }
        foreach (var t in themes.OrderBy(t => t.Slug, StringComparer.Ordinal))
        {
            documents.Add(new SearchDocument(SearchKinds.Theme, t.Slug, t.Title, null, [t.Slug], t.Title, "", t.Description, []));
        }

        var groups = synonyms.GroupBy(s => s.Group).Select(g => (IReadOnlyList<string>)g.Select(s => s.Phrase).ToList()).ToList();
        return new SearchSource(generation, documents, groups);
    }
}
