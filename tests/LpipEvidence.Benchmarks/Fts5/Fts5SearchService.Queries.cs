using LpipEvidence.Search;
using System.Data.Common;
using LpipEvidence.Catalog;
using LpipEvidence.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Benchmarks.Fts5;

/// <summary>The FTS5 search service, continued: the SQL it runs (counts, hits, filters) and how rows become results.</summary>
public sealed partial class Fts5SearchService
{
    /// <summary>
    /// Counts the matches and their facets: FTS5 gives the matching rowids (no stored text is read) and the facet
    /// map gives each one's review and themes. Filters apply the same tests as <see cref="Where"/>.
    /// </summary>
    private static async Task<Counts> CountAsync(DbTransaction transaction, string match, Filters filters, FacetMap facets, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, "SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH $match;", match, Filters.None);
        var reviewCounts = new int[facets.ReviewSlugs.Length];
        var themeCounts = new int[facets.ThemeSlugs.Length];
        // A filter on a slug that no row has matches nothing.
        var reviewFilter = filters.Review is null ? -1 : facets.ReviewIndex.GetValueOrDefault(filters.Review, -2);
        var themeFilter = filters.Theme is null ? -1 : facets.ThemeIndex.GetValueOrDefault(filters.Theme, -2);
        var total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!facets.TryGet(reader.GetInt64(0), out var review, out var themes))
                {
                    if (reviewFilter == -1 && themeFilter == -1) total++;
                    continue;
                }
                if (reviewFilter != -1 && review != reviewFilter) continue;
                if (themeFilter != -1 && Array.IndexOf(themes, themeFilter) < 0) continue;
                total++;
                reviewCounts[review]++;
                foreach (var theme in themes) themeCounts[theme]++;
            }
        }

        var reviewResult = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reviewCounts.Length; i++)
        {
            if (reviewCounts[i] > 0 && facets.ReviewSlugs[i].Length > 0) reviewResult[facets.ReviewSlugs[i]] = reviewCounts[i];
        }
        var themeResult = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < themeCounts.Length; i++)
        {
            if (themeCounts[i] > 0) themeResult[facets.ThemeSlugs[i]] = themeCounts[i];
        }
        return new Counts(total, themeResult, reviewResult);
    }

    /// <summary>
    /// Above this many matches a page is fetched in two steps (rank the rowids, then read the page's rows); up to
    /// it, in one statement. In one statement SQLite reads the stored text and makes the snippets of every match
    /// before sorting (tens of microseconds a match), while each row read in the second step costs about 0.1 ms:
    /// one statement wins for a page or two of matches, two steps beyond.
    /// </summary>
    private const int OneStatementMatches = 20;

    private const string HitColumns = """
        kind, slug, review, theme_slugs, title,
               highlight(SearchIndex, 4, char(2), char(3)),
               snippet(SearchIndex, 5, char(2), char(3), '…', 24),
               snippet(SearchIndex, 6, char(2), char(3), '…', 24)
        """;

    /// <summary>One page of hits, best first (bm25 with the kind weight, then kind and slug).</summary>
    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(DbTransaction transaction, string match, Filters filters, int page, int pageSize,
        int total, Lexicon lexicon, CancellationToken cancellationToken)
    {
        var hits = new List<SearchHit>(pageSize);
        if (total <= OneStatementMatches)
        {
            var sql = $"""
                SELECT {HitColumns}
                FROM SearchIndex
                WHERE SearchIndex MATCH $match{Where(filters)}
                ORDER BY {Rank}, rowid
                LIMIT $limit OFFSET $offset;
                """;
            await using var command = Command(transaction, sql, match, filters);
            AddParameter(command, "$limit", pageSize);
            AddParameter(command, "$offset", (page - 1) * pageSize);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) hits.Add(Hit(reader, lexicon));
            return hits;
        }

        // Many matches: rank the rowids alone (no stored text is read), then read just the page's rows.
        var rowids = new List<long>(pageSize);
        var rank = $"""
            SELECT rowid
            FROM SearchIndex
            WHERE SearchIndex MATCH $match{Where(filters)}
            ORDER BY {Rank}, rowid
            LIMIT $limit OFFSET $offset;
            """;
        await using (var command = Command(transaction, rank, match, filters))
        {
            AddParameter(command, "$limit", pageSize);
            AddParameter(command, "$offset", (page - 1) * pageSize);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) rowids.Add(reader.GetInt64(0));
        }

        await using var row = Command(transaction, $"SELECT {HitColumns} FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid = $rowid;", match, Filters.None);
        var rowidParameter = AddParameter(row, "$rowid", 0L);
        foreach (var rowid in rowids)
        {
            rowidParameter.Value = rowid;
            await using var reader = await row.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken)) hits.Add(Hit(reader, lexicon));
        }
        return hits;
    }

    private static SearchHit Hit(DbDataReader reader, Lexicon lexicon)
    {
        var kind = reader.GetString(0);
        var slug = reader.GetString(1);
        var review = reader.GetString(2);
        var takeaway = reader.GetString(6);
        var body = reader.GetString(7);
        var snippet = Fts5Highlighter.HasMatch(takeaway) && !Fts5Highlighter.HasMatch(body) ? takeaway : body.Length > 0 ? body : takeaway;
        return new SearchHit(
            kind,
            slug,
            reader.GetString(4),
            Fts5Highlighter.ToHtml(reader.GetString(5)),
            Fts5Highlighter.ToHtml(snippet),
            review.Length == 0 ? null : new FacetValue(review, lexicon.ReviewTitles.GetValueOrDefault(review, review)),
            reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => new FacetValue(t, lexicon.ThemeTitles.GetValueOrDefault(t, t))).ToList());
    }

    // Filters test the narrow SearchFacets row of the same id, not the FTS5 row's stored text.
    private static string Where(Filters filters) =>
        filters.Review is null && filters.Theme is null ? "" :
            " AND EXISTS (SELECT 1 FROM SearchFacets f WHERE f.Id = SearchIndex.rowid" +
            (filters.Review is null ? "" : " AND f.Review = $review") +
            (filters.Theme is null ? "" : " AND instr(' ' || f.ThemeSlugs || ' ', $theme) > 0") + ")";

    private static DbCommand Command(DbTransaction transaction, string sql, string match, Filters filters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        AddParameter(command, "$match", match);
        if (filters.Review is not null) AddParameter(command, "$review", filters.Review);
        if (filters.Theme is not null) AddParameter(command, "$theme", $" {filters.Theme} ");
        return command;
    }

    private static DbParameter AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static List<FacetCount> Facets(Dictionary<string, int> counts, IReadOnlyDictionary<string, string> titles) =>
        counts.Select(c => new FacetCount(c.Key, titles.GetValueOrDefault(c.Key, c.Key), c.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Title, StringComparer.Ordinal).ToList();
}
