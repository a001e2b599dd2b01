// BASELINE: a copy of the FTS5 search of commit 695dd89 (before Lucene.NET), kept so that one benchmark run measures
// before and after side by side. Do not change its behaviour.
using LpipEvidence.Search;
using System.Data.Common;
using LpipEvidence.Content;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Benchmarks.Fts5;

/// <summary>
/// Reads and validates a content folder and, only if it is entirely valid and has changed, replaces the stored
/// content in one transaction. Invalid content writes nothing, so the last good content keeps being served.
/// </summary>
public sealed partial class Fts5ContentImporter(
    IDbContextFactory<EvidenceDbContext> contextFactory,
    ContentStatus status,
    TimeProvider time,
    ILogger<Fts5ContentImporter> logger,
    ContentLimits? limits = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Imports the content folder at <paramref name="root"/>.</summary>
    public async Task<ImportResult> ImportAsync(string root, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var result = await ImportCoreAsync(root, cancellationToken);
            status.Record(result);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ImportResult> ImportCoreAsync(string root, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var read = ContentReader.Read(root, limits);
        if (!read.IsValid)
        {
            foreach (var error in read.Errors) LogContentError(error.Format(root));
            LogInvalid(read.Errors.Count, root);
            return new ImportResult(ImportOutcome.Invalid, read.Errors, read.Hash, now, 0, 0, 0);
        }

        var content = read.Content!;
        var counts = (Reviews: content.Reviews.Count, Findings: content.Findings.Count(), Themes: content.Themes.Count);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).Select(i => i.Hash).FirstOrDefaultAsync(cancellationToken);
        if (current == content.Hash)
        {
            LogUnchanged(content.Hash[..12]);
            return new ImportResult(ImportOutcome.Unchanged, [], content.Hash, now, counts.Reviews, counts.Findings, counts.Themes);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.FindingThemes.ExecuteDeleteAsync(cancellationToken);
        await db.Findings.ExecuteDeleteAsync(cancellationToken);
        await db.ReviewAuthors.ExecuteDeleteAsync(cancellationToken);
        await db.Reviews.ExecuteDeleteAsync(cancellationToken);
        await db.Themes.ExecuteDeleteAsync(cancellationToken);

        var themes = content.Themes.ToDictionary(t => t.Slug, ToEntity, StringComparer.Ordinal);
        var reviews = content.Reviews.ToDictionary(r => r.Slug, ToEntity, StringComparer.Ordinal);
        db.Themes.AddRange(themes.Values);
        db.Reviews.AddRange(reviews.Values);
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
        await Fts5Indexer.RebuildAsync(db, content, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        status.ContentChanged();

        LogImported(counts.Reviews, counts.Findings, counts.Themes, content.Hash[..12]);
        return new ImportResult(ImportOutcome.Imported, [], content.Hash, now, counts.Reviews, counts.Findings, counts.Themes);
    }

    /// <summary>Releases the lock that keeps imports one at a time.</summary>
    public void Dispose() => _gate.Dispose();

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
        await using var finding = Fts5Commands.Create(connection, transaction, """
            INSERT INTO Findings(Slug, SourcePath, ReviewId, "Order", Title, Body_Html, Body_Markdown, Body_PlainText,
                                 Takeaway_Html, Takeaway_Markdown, Takeaway_PlainText)
            VALUES ($slug, $sourcePath, $reviewId, $order, $title, $bodyHtml, $bodyMarkdown, $bodyPlainText,
                    $takeawayHtml, $takeawayMarkdown, $takeawayPlainText)
            RETURNING Id;
            """, "$slug", "$sourcePath", "$reviewId", "$order", "$title", "$bodyHtml", "$bodyMarkdown", "$bodyPlainText",
            "$takeawayHtml", "$takeawayMarkdown", "$takeawayPlainText");
        await using var link = Fts5Commands.Create(connection, transaction,
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Content in {Root} has {Count} error(s); nothing was imported and the previous content is still served")]
    private partial void LogInvalid(int count, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content unchanged (hash {Hash}); nothing written")]
    private partial void LogUnchanged(string hash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Reviews} review(s), {Findings} finding(s), {Themes} theme(s) (hash {Hash})")]
    private partial void LogImported(int reviews, int findings, int themes, string hash);
}
