using System.Data.Common;
using LpipEvidence.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using LpipEvidence.Store;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Import;

/// <summary>
/// Reads and validates a content folder and, only if it is entirely valid and has changed, replaces the stored
/// content (reviews, findings, themes and the search synonyms) in one transaction. Invalid content writes nothing,
/// so the last good content keeps being served. It knows nothing of search: the import step
/// (<see cref="EvidenceImporter"/>), its only user, brings the search index up to date after it and keeps imports
/// one at a time.
/// </summary>
internal sealed partial class StoreWriter(
    IDbContextFactory<EvidenceDbContext> contextFactory,
    ContentStatus status,
    TimeProvider time,
    ILogger<StoreWriter> logger,
    ContentLimits? limits = null,
    DraftPolicy? drafts = null)
{
    /// <summary>Reads and imports the content folder at <paramref name="root"/>.</summary>
    public Task<ImportResult> ImportAsync(string root, CancellationToken cancellationToken = default) =>
        ImportAsync(root, Read(root), cancellationToken);

    /// <summary>Reads the content folder within the configured limits, with change notes checked against today's date.</summary>
    public ContentReadResult Read(string root) => ContentReader.Read(root, limits, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    /// <summary>Imports <paramref name="read"/>, what <see cref="Read(string)"/> found in the folder at <paramref name="root"/>.</summary>
    public async Task<ImportResult> ImportAsync(string root, ContentReadResult read, CancellationToken cancellationToken = default)
    {
        var result = await ImportCoreAsync(root, read, cancellationToken);
        status.Record(result);
        return result;
    }

    private async Task<ImportResult> ImportCoreAsync(string root, ContentReadResult read, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!read.IsValid)
        {
            foreach (var error in read.Errors) LogContentError(error.Format(root));
            return new ImportResult(ImportOutcome.Invalid, read.Errors, read.Hash, now, 0, 0, 0);
        }

        // Drafts never reach the store unless an editor previews them locally: every page, feed, download and the
        // index read the store, so leaving them out here keeps them out everywhere.
        var showDrafts = drafts?.ShowDrafts == true;
        var content = showDrafts ? read.Content!.WithDrafts() : read.Content!.Published();
        status.RecordDrafts(showDrafts ? read.Content!.Drafts.Select(r => r.Slug) : []);
        var counts = (Reviews: content.Reviews.Count, Findings: content.Findings.Count(), Themes: content.Themes.Count);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).Select(i => i.Hash).FirstOrDefaultAsync(cancellationToken);
        if (current == content.Hash)
        {
            return new ImportResult(ImportOutcome.Unchanged, [], content.Hash, now, counts.Reviews, counts.Findings, counts.Themes);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.FindingThemes.ExecuteDeleteAsync(cancellationToken);
        await db.Findings.ExecuteDeleteAsync(cancellationToken);
        await db.ReviewAuthors.ExecuteDeleteAsync(cancellationToken);
        await db.Reviews.ExecuteDeleteAsync(cancellationToken);
        await db.Themes.ExecuteDeleteAsync(cancellationToken);
        await db.ChangeNotes.ExecuteDeleteAsync(cancellationToken);
        await db.SearchSynonyms.ExecuteDeleteAsync(cancellationToken);

        var themes = content.Themes.ToDictionary(t => t.Slug, ToEntity, StringComparer.Ordinal);
        var reviews = content.Reviews.ToDictionary(r => r.Slug, ToEntity, StringComparer.Ordinal);
        db.Themes.AddRange(themes.Values);
        db.Reviews.AddRange(reviews.Values);
        db.ChangeNotes.AddRange(ChangeNotes(content));
        db.SearchSynonyms.AddRange(content.Synonyms.SelectMany((group, g) => group.Select((phrase, p) => new SearchSynonym { Group = g, Position = p, Phrase = phrase })));
        db.Imports.Add(new ContentImport
        {
            Hash = content.Hash,
            ImportedAtUtc = now,
            ReviewCount = counts.Reviews,
            FindingCount = counts.Findings,
            ThemeCount = counts.Themes,
        });
        await db.SaveChangesAsync(cancellationToken);
        await InsertFindingsAsync(db, content, reviews, themes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        status.ContentChanged();

        return new ImportResult(ImportOutcome.Imported, [], content.Hash, now, counts.Reviews, counts.Findings, counts.Themes);
    }

    private static IEnumerable<StoredChangeNote> ChangeNotes(ContentSet content)
    {
        var subjects = content.Reviews.Select(r => (ContentKind.Review, r.Slug, r.Changes))
            .Concat(content.Findings.Select(f => (ContentKind.Finding, f.Slug, f.Changes)))
            .Concat(content.Themes.Select(t => (ContentKind.Theme, t.Slug, t.Changes)));
        foreach (var (kind, slug, notes) in subjects)
        {
            for (var i = 0; i < notes.Count; i++)
            {
                yield return new StoredChangeNote { SubjectKind = kind, SubjectSlug = slug, Position = i, Date = notes[i].Date, Note = notes[i].Note };
            }
        }
    }

    private static Theme ToEntity(ThemeContent theme) => new()
    {
        Slug = theme.Slug,
        SourcePath = theme.SourcePath,
        Title = theme.Title,
        Order = theme.Order,
        Description = theme.Description,
    };

    /// <summary>
    /// Inserts the findings and their theme links with prepared statements in the import transaction: there are
    /// thousands of them, and change-tracked inserts cost several times as much per row.
    /// </summary>
    private static async Task InsertFindingsAsync(EvidenceDbContext db, ContentSet content, IReadOnlyDictionary<string, Review> reviews,
        IReadOnlyDictionary<string, Theme> themes, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        await using var finding = PreparedCommands.Create(connection, transaction, """
            INSERT INTO Findings(Slug, SourcePath, ReviewId, "Order", Title, Body_Html, Body_Markdown, Body_PlainText,
                                 Takeaway_Html, Takeaway_Markdown, Takeaway_PlainText)
            VALUES ($slug, $sourcePath, $reviewId, $order, $title, $bodyHtml, $bodyMarkdown, $bodyPlainText,
                    $takeawayHtml, $takeawayMarkdown, $takeawayPlainText)
            RETURNING Id;
            """, "$slug", "$sourcePath", "$reviewId", "$order", "$title", "$bodyHtml", "$bodyMarkdown", "$bodyPlainText",
            "$takeawayHtml", "$takeawayMarkdown", "$takeawayPlainText");
        await using var link = PreparedCommands.Create(connection, transaction,
            "INSERT INTO FindingThemes(FindingId, ThemeId, Position) VALUES ($findingId, $themeId, $position);",
            "$findingId", "$themeId", "$position");
        await finding.PrepareAsync(cancellationToken);
        await link.PrepareAsync(cancellationToken);

        foreach (var review in content.Reviews)
        {
            var reviewId = reviews[review.Slug].Id;
            foreach (var f in review.Findings)
            {
                object[] values = [f.Slug, f.SourcePath, reviewId, f.Order, f.Title, f.Body.Html, f.Body.Markdown, f.Body.PlainText,
                    f.Takeaway.Html, f.Takeaway.Markdown, f.Takeaway.PlainText];
                for (var i = 0; i < values.Length; i++) finding.Parameters[i].Value = values[i];
                var findingId = Convert.ToInt64(await finding.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
                for (var position = 0; position < f.Themes.Count; position++)
                {
                    link.Parameters[0].Value = findingId;
                    link.Parameters[1].Value = themes[f.Themes[position]].Id;
                    link.Parameters[2].Value = position;
                    await link.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }
    }


    /// <summary>The review and its authors; its findings are inserted by <see cref="InsertFindingsAsync"/>.</summary>
    private static Review ToEntity(ReviewContent review) => new()
    {
        Slug = review.Slug,
        SourcePath = review.SourcePath,
        Title = review.Title,
        Subtitle = review.Subtitle,
        Publisher = review.Publisher,
        PublishedYear = review.Published.Year,
        PublishedMonth = review.Published.Month,
        LicenceName = review.Licence.Name,
        LicenceCode = review.Licence.Code,
        LicenceUrl = review.Licence.Url,
        Citation = new MarkdownText(
            review.Citation,
            MarkdownRenderer.Default.RenderInline(review.Citation),
            MarkdownRenderer.Default.ToPlainText(review.Citation)),
        SourceUrl = review.SourceUrl,
        ProgrammeTheme = review.ProgrammeTheme,
        Introduction = review.Introduction,
        Authors = review.Authors.Select((a, i) => new ReviewAuthor { Position = i, Given = a.Given, Family = a.Family, Honorific = a.Honorific }).ToList(),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "{Error}")]
    private partial void LogContentError(string error);
}
