using System.Data.Common;
using LpipEvidence.Catalog;
using LpipEvidence.Search;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Benchmarks.Baseline;

/// <summary>
/// BASELINE: a verbatim copy of src/LpipEvidence/Search/SearchService.cs at commit 69a0a9d (before the performance
/// work), kept so that one benchmark run measures before and after side by side. Do not change it.
/// Full-text search over findings, reviews and themes: FTS5 with bm25 ranking (title above takeaway above body
/// above theme labels), highlighted snippets, facet counts, spelling suggestions and synonyms.
/// </summary>
public sealed class BaselineSearchService(IDbContextFactory<EvidenceDbContext> contextFactory, ContentStatus status)
{
    /// <summary>Below this many results a query gets spelling help.</summary>
    public const int FewResults = 3;

    // Column weights for bm25, in column order: kind, slug, review, theme_slugs (unindexed), title, takeaway, body, themes.
    // bm25 is negative (lower is better); themes and reviews are short and would outrank the findings that carry
    // the evidence, so their score counts for half.
    private const string Rank = "bm25(SearchIndex, 0.0, 0.0, 0.0, 0.0, 10.0, 5.0, 2.0, 1.0) * (CASE kind WHEN 'finding' THEN 1.0 ELSE 0.5 END)";

    private Lexicon? _lexicon;

    /// <summary>Runs a search. Never throws for any query text; a query with nothing to search for gets <see cref="SearchResults.Problem"/>.</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var lexicon = await GetLexiconAsync(cancellationToken);
        var parsed = SearchQueryParser.Parse(request.Query, lexicon.Synonyms, lexicon.Vocabulary, request.PrefixLastWord);
        var filters = new Filters(
            request.Theme is { Length: > 0 } t ? t : null,
            request.Review is { Length: > 0 } r ? r : null);

        if (!parsed.HasMatch)
        {
            return new SearchResults
            {
                Query = parsed.Text, Total = 0, Page = page, PageSize = pageSize, Hits = [], Themes = [], Reviews = [],
                Truncated = parsed.Truncated, Problem = parsed.Problem,
            };
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);

        var match = parsed.Match!;
        var counts = await CountAsync(connection, match, filters, cancellationToken);
        string? suggestion = null;
        var showingSuggestion = false;
        var anyWord = false;
        if (counts.Total < FewResults)
        {
            var (corrected, corrections) = Suggest(parsed, lexicon.Vocabulary);
            if (corrected is not null)
            {
                var correctedQuery = SearchQueryParser.Parse(corrected, lexicon.Synonyms, lexicon.Vocabulary, request.PrefixLastWord);
                var correctedCounts = await CountAsync(connection, correctedQuery.Match!, filters, cancellationToken);
                if (correctedCounts.Total > counts.Total)
                {
                    suggestion = correctedQuery.Text;
                    if (counts.Total == 0 && corrections == 1)
                    {
                        match = correctedQuery.Match!;
                        counts = correctedCounts;
                        showingSuggestion = true;
                    }
                }
            }
            if (counts.Total == 0 && parsed.Units.Count(u => !u.Excluded) > 1 && SearchQueryParser.AnyOf(parsed.Units, lexicon.Vocabulary) is { } any)
            {
                var anyCounts = await CountAsync(connection, any, filters, cancellationToken);
                if (anyCounts.Total > 0)
                {
                    match = any;
                    counts = anyCounts;
                    anyWord = true;
                }
            }
        }

        var hits = counts.Total == 0 ? [] : await HitsAsync(connection, match, filters, page, pageSize, lexicon, cancellationToken);
        return new SearchResults
        {
            Query = parsed.Text,
            Total = counts.Total,
            Page = page,
            PageSize = pageSize,
            Hits = hits,
            Themes = Facets(counts.Themes, lexicon.ThemeTitles),
            Reviews = Facets(counts.Reviews, lexicon.ReviewTitles),
            Suggestion = suggestion,
            ShowingSuggestion = showingSuggestion,
            MatchedAnyWord = anyWord,
            Truncated = parsed.Truncated,
        };
    }

    /// <summary>The indexed words, for tests and diagnostics.</summary>
    public async Task<Vocabulary> GetVocabularyAsync(CancellationToken cancellationToken = default) =>
        (await GetLexiconAsync(cancellationToken)).Vocabulary;

    private sealed record Filters(string? Theme, string? Review);

    private sealed record Counts(int Total, Dictionary<string, int> Themes, Dictionary<string, int> Reviews);

    private sealed record Lexicon(long Generation, Vocabulary Vocabulary, SynonymSet Synonyms,
        IReadOnlyDictionary<string, string> ThemeTitles, IReadOnlyDictionary<string, string> ReviewTitles);

    private static (string? Text, int Corrections) Suggest(ParsedQuery parsed, Vocabulary vocabulary)
    {
        var replacements = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in parsed.Units.Where(u => !u.Excluded && u.IsSingleWord))
        {
            var word = unit.Words[0];
            if (vocabulary.DocumentsWith(word) > 0) continue;
            if (unit.Prefix && vocabulary.WithPrefix(word, 1).Count > 0) continue;
            if (vocabulary.Correct(word) is { } correction) replacements[unit.Source] = correction;
        }
        if (replacements.Count == 0) return (null, 0);
        var tokens = parsed.Text.Split(' ').Select(t => replacements.TryGetValue(t, out var c) ? c : t);
        return (string.Join(' ', tokens), replacements.Count);
    }

    private static async Task<Counts> CountAsync(DbConnection connection, string match, Filters filters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"SELECT review, theme_slugs FROM SearchIndex WHERE SearchIndex MATCH $match{Where(filters)};", match, filters);
        var themes = new Dictionary<string, int>(StringComparer.Ordinal);
        var reviews = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            total++;
            var review = reader.GetString(0);
            if (review.Length > 0) reviews[review] = reviews.GetValueOrDefault(review) + 1;
            foreach (var theme in reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                themes[theme] = themes.GetValueOrDefault(theme) + 1;
            }
        }
        return new Counts(total, themes, reviews);
    }

    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(DbConnection connection, string match, Filters filters, int page, int pageSize,
        Lexicon lexicon, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT kind, slug, review, theme_slugs, title,
                   highlight(SearchIndex, 4, char(2), char(3)),
                   snippet(SearchIndex, 5, char(2), char(3), '…', 24),
                   snippet(SearchIndex, 6, char(2), char(3), '…', 24)
            FROM SearchIndex
            WHERE SearchIndex MATCH $match{Where(filters)}
            ORDER BY {Rank}, kind, slug
            LIMIT $limit OFFSET $offset;
            """;
        await using var command = Command(connection, sql, match, filters);
        AddParameter(command, "$limit", pageSize);
        AddParameter(command, "$offset", (page - 1) * pageSize);

        var hits = new List<SearchHit>(pageSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = reader.GetString(0);
            var slug = reader.GetString(1);
            var review = reader.GetString(2);
            var takeaway = reader.GetString(6);
            var body = reader.GetString(7);
            var snippet = Highlighter.HasMatch(takeaway) && !Highlighter.HasMatch(body) ? takeaway : body.Length > 0 ? body : takeaway;
            hits.Add(new SearchHit(
                kind,
                slug,
                reader.GetString(4),
                Highlighter.ToHtml(reader.GetString(5)),
                Url(kind, slug),
                Highlighter.ToHtml(snippet),
                review.Length == 0 ? null : new FacetValue(review, lexicon.ReviewTitles.GetValueOrDefault(review, review)),
                reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(t => new ThemeLink(t, lexicon.ThemeTitles.GetValueOrDefault(t, t))).ToList()));
        }
        return hits;
    }

    private static string Url(string kind, string slug) => kind switch
    {
        SearchIndexer.ReviewKind => $"/reviews/{slug}",
        SearchIndexer.ThemeKind => $"/themes/{slug}",
        _ => $"/findings/{slug}",
    };

    private static string Where(Filters filters) =>
        (filters.Review is null ? "" : " AND review = $review") +
        (filters.Theme is null ? "" : " AND instr(' ' || theme_slugs || ' ', $theme) > 0");

    private static DbCommand Command(DbConnection connection, string sql, string match, Filters filters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "$match", match);
        if (filters.Review is not null) AddParameter(command, "$review", filters.Review);
        if (filters.Theme is not null) AddParameter(command, "$theme", $" {filters.Theme} ");
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static List<FacetCount> Facets(Dictionary<string, int> counts, IReadOnlyDictionary<string, string> titles) =>
        counts.Select(c => new FacetCount(c.Key, titles.GetValueOrDefault(c.Key, c.Key), c.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Title, StringComparer.Ordinal).ToList();

    private async Task<Lexicon> GetLexiconAsync(CancellationToken cancellationToken)
    {
        var generation = status.Generation;
        if (_lexicon is { } cached && cached.Generation == generation) return cached;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var terms = await db.Database.SqlQueryRaw<VocabularyRow>("SELECT term AS Term, doc AS Documents FROM SearchSpellingVocab")
            .ToListAsync(cancellationToken);
        var synonyms = await db.SearchSynonyms.AsNoTracking().OrderBy(s => s.Group).ThenBy(s => s.Position).ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().Select(t => new { t.Slug, t.Title }).ToDictionaryAsync(t => t.Slug, t => t.Title, StringComparer.Ordinal, cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Select(r => new { r.Slug, r.Title }).ToDictionaryAsync(r => r.Slug, r => r.Title, StringComparer.Ordinal, cancellationToken);

        var lexicon = new Lexicon(
            generation,
            new Vocabulary(terms.Select(t => (t.Term, t.Documents))),
            new SynonymSet(synonyms.GroupBy(s => s.Group).Select(g => (IReadOnlyList<string>)g.Select(s => s.Phrase).ToList())),
            themes,
            reviews);
        _lexicon = lexicon;
        return lexicon;
    }

    private sealed record VocabularyRow(string Term, int Documents);
}
