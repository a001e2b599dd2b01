using System.Data.Common;
using LpipEvidence.Content;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LpipEvidence.Search;

/// <summary>
/// Rebuilds the FTS5 index from imported content. The importer calls it inside its transaction, so the index
/// never disagrees with the store.
/// </summary>
public static class SearchIndexer
{
    /// <summary>Kind of a finding hit.</summary>
    public const string FindingKind = "finding";

    /// <summary>Kind of a review hit.</summary>
    public const string ReviewKind = "review";

    /// <summary>Kind of a theme hit.</summary>
    public const string ThemeKind = "theme";

    /// <summary>Replaces the index and the synonyms with those of <paramref name="content"/>, in the context's current transaction.</summary>
    public static async Task RebuildAsync(EvidenceDbContext db, ContentSet content, CancellationToken cancellationToken = default)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The search index is rebuilt inside the import transaction.");
        var connection = db.Database.GetDbConnection();

        await ExecuteAsync(connection, transaction, "DELETE FROM SearchIndex;", cancellationToken);
        await ExecuteAsync(connection, transaction, "INSERT INTO SearchSpelling(SearchSpelling) VALUES('delete-all');", cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM SearchSynonyms;", cancellationToken);

        await using var index = Command(connection, transaction,
            "INSERT INTO SearchIndex(kind, slug, review, theme_slugs, title, takeaway, body, themes) VALUES ($kind, $slug, $review, $themeSlugs, $title, $takeaway, $body, $themes);",
            "$kind", "$slug", "$review", "$themeSlugs", "$title", "$takeaway", "$body", "$themes");
        await using var spelling = Command(connection, transaction, "INSERT INTO SearchSpelling(text) VALUES ($text);", "$text");
        await index.PrepareAsync(cancellationToken);
        await spelling.PrepareAsync(cancellationToken);

        var themeTitles = content.Themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        foreach (var review in content.Reviews)
        {
            var reviewTitle = review.Subtitle is null ? review.Title : $"{review.Title}: {review.Subtitle}";
            await AddAsync(index, spelling, ReviewKind, review.Slug, review.Slug, "", reviewTitle, "", review.Introduction.PlainText, review.ProgrammeTheme, cancellationToken);
            foreach (var finding in review.Findings)
            {
                await AddAsync(index, spelling, FindingKind, finding.Slug, review.Slug, string.Join(' ', finding.Themes),
                    finding.Title, finding.Takeaway.PlainText, finding.Body.PlainText,
                    string.Join(". ", finding.Themes.Select(t => themeTitles[t])), cancellationToken);
            }
        }
        foreach (var theme in content.Themes)
        {
            await AddAsync(index, spelling, ThemeKind, theme.Slug, "", theme.Slug, theme.Title, "", theme.Description.PlainText, "", cancellationToken);
        }

        await using var synonym = Command(connection, transaction,
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

    private static async Task AddAsync(DbCommand index, DbCommand spelling, string kind, string slug, string review, string themeSlugs,
        string title, string takeaway, string body, string themes, CancellationToken cancellationToken)
    {
        object[] values = [kind, slug, review, themeSlugs, title, takeaway, body, themes];
        for (var i = 0; i < values.Length; i++) index.Parameters[i].Value = values[i];
        await index.ExecuteNonQueryAsync(cancellationToken);
        spelling.Parameters[0].Value = string.Join('\n', title, takeaway, body, themes);
        await spelling.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
