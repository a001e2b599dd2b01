using LpipEvidence.Content;
using LpipEvidence.Search;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Benchmarks.Baseline;

/// <summary>
/// BASELINE: a verbatim copy of src/LpipEvidence/Store/ContentImporter.cs at commit 69a0a9d (EF Core change-tracked
/// inserts), kept so that one benchmark run measures the import before and after. Do not change it.
/// Reads and validates a content folder and, only if it is entirely valid and has changed, replaces the stored
/// content in one transaction. Invalid content writes nothing, so the last good content keeps being served.
/// </summary>
public sealed partial class BaselineContentImporter(
    IDbContextFactory<EvidenceDbContext> contextFactory,
    ContentStatus status,
    TimeProvider time,
    ILogger<BaselineContentImporter> logger) : IDisposable
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
        var read = ContentReader.Read(root);
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
        db.Themes.AddRange(themes.Values);
        db.Reviews.AddRange(content.Reviews.Select(r => ToEntity(r, themes)));
        db.Imports.Add(new ContentImport
        {
            Hash = content.Hash,
            ImportedAtUtc = now,
            ReviewCount = counts.Reviews,
            FindingCount = counts.Findings,
            ThemeCount = counts.Themes,
        });
        await db.SaveChangesAsync(cancellationToken);
        await SearchIndexer.RebuildAsync(db, content, cancellationToken);
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

    private static Review ToEntity(ReviewContent review, IReadOnlyDictionary<string, Theme> themes) => new()
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
        Findings = review.Findings.Select(f => new Finding
        {
            Slug = f.Slug,
            SourcePath = f.SourcePath,
            Order = f.Order,
            Title = f.Title,
            Body = f.Body,
            Takeaway = f.Takeaway,
            Themes = f.Themes.Select((slug, i) => new FindingTheme { Theme = themes[slug], Position = i }).ToList(),
        }).ToList(),
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
