// BASELINE: a copy of the FTS5 search of commit 695dd89 (before Lucene.NET), kept so that one benchmark run measures
// before and after side by side. Do not change its behaviour.
using LpipEvidence.Search;
using System.Data.Common;
using LpipEvidence.Content;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LpipEvidence.Benchmarks.Fts5;

/// <summary>
/// Rebuilds the FTS5 index from imported content. The importer calls it inside its transaction, so the index
/// never disagrees with the store.
/// </summary>
public static class Fts5Indexer
{
    /// <summary>Kind of a finding hit.</summary>
    public const string FindingKind = "finding";

    /// <summary>Kind of a review hit.</summary>
    public const string ReviewKind = "review";

    /// <summary>Kind of a theme hit.</summary>
    public const string ThemeKind = "theme";

    /// <summary>First rowid of review rows in SearchIndex; findings are numbered 1, 2, ... below it.</summary>
    public const long ReviewRowBase = 1L << 40;

    /// <summary>First rowid of theme rows in SearchIndex.</summary>
    public const long ThemeRowBase = 1L << 41;

    /// <summary>
    /// Replaces the index and the synonyms with those of <paramref name="content"/>, in the context's current transaction.
    /// Rows are numbered by kind and then slug (findings from 1, reviews from <see cref="ReviewRowBase"/>, themes from
    /// <see cref="ThemeRowBase"/>), so a row's kind is known from its rowid and rowid order is (kind, slug) order;
    /// SearchFacets holds each row's review and theme slugs under the same id.
    /// </summary>
    public static async Task RebuildAsync(EvidenceDbContext db, ContentSet content, CancellationToken cancellationToken = default)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The search index is rebuilt inside the import transaction.");
        var connection = db.Database.GetDbConnection();

        await Fts5Commands.ExecuteAsync(connection, transaction, "DELETE FROM SearchIndex;", cancellationToken);
        await Fts5Commands.ExecuteAsync(connection, transaction, "DELETE FROM SearchFacets;", cancellationToken);
        await Fts5Commands.ExecuteAsync(connection, transaction, "INSERT INTO SearchSpelling(SearchSpelling) VALUES('delete-all');", cancellationToken);
        await Fts5Commands.ExecuteAsync(connection, transaction, "DELETE FROM SearchSynonyms;", cancellationToken);

        await using var index = Fts5Commands.Create(connection, transaction,
            "INSERT INTO SearchIndex(rowid, kind, slug, review, theme_slugs, title, takeaway, body, themes) VALUES ($rowid, $kind, $slug, $review, $themeSlugs, $title, $takeaway, $body, $themes);",
            "$rowid", "$kind", "$slug", "$review", "$themeSlugs", "$title", "$takeaway", "$body", "$themes");
        await using var facets = Fts5Commands.Create(connection, transaction,
            "INSERT INTO SearchFacets(Id, Review, ThemeSlugs) VALUES ($id, $review, $themeSlugs);", "$id", "$review", "$themeSlugs");
        await using var spelling = Fts5Commands.Create(connection, transaction, "INSERT INTO SearchSpelling(text) VALUES ($text);", "$text");
        await index.PrepareAsync(cancellationToken);
        await facets.PrepareAsync(cancellationToken);
        await spelling.PrepareAsync(cancellationToken);
        var commands = (index, facets, spelling);

        var themeTitles = content.Themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        var findings = content.Reviews.SelectMany(r => r.Findings.Select(f => (Review: r, Finding: f)))
            .OrderBy(x => x.Finding.Slug, StringComparer.Ordinal).ToList();
        for (var i = 0; i < findings.Count; i++)
        {
            var (review, finding) = findings[i];
            await AddAsync(commands, i + 1, FindingKind, finding.Slug, review.Slug, string.Join(' ', finding.Themes),
                finding.Title, finding.Takeaway.PlainText, finding.Body.PlainText,
                string.Join(". ", finding.Themes.Select(t => themeTitles[t])), cancellationToken);
        }
        var reviews = content.Reviews.OrderBy(r => r.Slug, StringComparer.Ordinal).ToList();
        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            var reviewTitle = review.Subtitle is null ? review.Title : $"{review.Title}: {review.Subtitle}";
            await AddAsync(commands, ReviewRowBase + i + 1, ReviewKind, review.Slug, review.Slug, "", reviewTitle, "", review.Introduction.PlainText,
                review.ProgrammeTheme, cancellationToken);
        }
        var themes = content.Themes.OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
        for (var i = 0; i < themes.Count; i++)
        {
            var theme = themes[i];
            await AddAsync(commands, ThemeRowBase + i + 1, ThemeKind, theme.Slug, "", theme.Slug, theme.Title, "", theme.Description.PlainText, "",
                cancellationToken);
        }

        await using var synonym = Fts5Commands.Create(connection, transaction,
            "INSERT INTO SearchSynonyms(\"Group\", Position, Phrase) VALUES ($group, $position, $phrase);", "$group", "$position", "$phrase");
        for (var g = 0; g < content.Synonyms.Count; g++)
        {
            for (var p = 0; p < content.Synonyms[g].Count; p++)
            {
                synonym.Parameters[0].Value = g;
                synonym.Parameters[1].Value = p;
                synonym.Parameters[2].Value = content.Synonyms[g][p];
                await synonym.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>Creates the FTS5 tables that the migrations AddSearchIndex and AddSearchFacets created (the store no longer has them).</summary>
    public static async Task CreateTablesAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        foreach (var sql in new[]
        {
            """
            CREATE VIRTUAL TABLE IF NOT EXISTS SearchIndex USING fts5(
                kind UNINDEXED, slug UNINDEXED, review UNINDEXED, theme_slugs UNINDEXED,
                title, takeaway, body, themes,
                tokenize = 'porter unicode61 remove_diacritics 2');
            """,
            "CREATE VIRTUAL TABLE IF NOT EXISTS SearchSpelling USING fts5(text, content = '', tokenize = 'unicode61 remove_diacritics 2');",
            "CREATE VIRTUAL TABLE IF NOT EXISTS SearchSpellingVocab USING fts5vocab(SearchSpelling, 'row');",
            "CREATE TABLE IF NOT EXISTS SearchFacets (Id INTEGER NOT NULL PRIMARY KEY, Review TEXT NOT NULL, ThemeSlugs TEXT NOT NULL);",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Adds the FTS5 index of <paramref name="content"/> to an imported store (once: a marker file beside it says
    /// it is there), for the FTS5 engines.
    /// </summary>
    public static string EnsureFor(string databasePath, ContentSet content)
    {
        var marker = databasePath + ".fts5.complete";
        if (File.Exists(marker)) return databasePath;
        var options = new DbContextOptionsBuilder<EvidenceDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        using var db = new EvidenceDbContext(options);
        db.Database.OpenConnection();
        CreateTablesAsync(db.Database.GetDbConnection()).GetAwaiter().GetResult();
        using (var transaction = db.Database.BeginTransaction())
        {
            RebuildAsync(db, content).GetAwaiter().GetResult();
            transaction.Commit();
        }
        db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        File.WriteAllText(marker, "FTS5 tables built");
        return databasePath;
    }

    /// <summary>Whether a SearchIndex rowid is a finding's (see <see cref="RebuildAsync"/>).</summary>
    public static bool IsFindingRow(long rowid) => rowid < ReviewRowBase;

    private static async Task AddAsync((DbCommand Index, DbCommand Facets, DbCommand Spelling) commands, long rowid, string kind, string slug,
        string review, string themeSlugs, string title, string takeaway, string body, string themes, CancellationToken cancellationToken)
    {
        object[] values = [rowid, kind, slug, review, themeSlugs, title, takeaway, body, themes];
        for (var i = 0; i < values.Length; i++) commands.Index.Parameters[i].Value = values[i];
        await commands.Index.ExecuteNonQueryAsync(cancellationToken);
        commands.Facets.Parameters[0].Value = rowid;
        commands.Facets.Parameters[1].Value = review;
        commands.Facets.Parameters[2].Value = themeSlugs;
        await commands.Facets.ExecuteNonQueryAsync(cancellationToken);
        commands.Spelling.Parameters[0].Value = string.Join('\n', title, takeaway, body, themes);
        await commands.Spelling.ExecuteNonQueryAsync(cancellationToken);
    }


}
