// BASELINE: a copy of the FTS5 search of commit 695dd89 (before Lucene.NET), kept so that one benchmark run measures
// before and after side by side. Do not change its behaviour.
using LpipEvidence.Search;
using System.Data.Common;
using LpipEvidence.Catalog;
using LpipEvidence.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Benchmarks.Fts5;

/// <summary>
/// Full-text search over findings, reviews and themes: FTS5 with bm25 ranking (title above takeaway above body
/// above theme labels), highlighted snippets, facet counts, spelling suggestions and synonyms.
/// </summary>
public sealed partial class Fts5SearchService(IDbContextFactory<EvidenceDbContext> contextFactory, ContentStatus status)
{
    /// <summary>Below this many results a query gets spelling help.</summary>
    public const int FewResults = 3;

    // Column weights for bm25, in column order: kind, slug, review, theme_slugs (unindexed), title, takeaway, body, themes.
    // bm25 is negative (lower is better); themes and reviews are short and would outrank the findings that carry
    // the evidence, so their score counts for half. The kind is read from the rowid (see Fts5Indexer), and ties go
    // by rowid, which is (kind, slug) order: ranking never reads the stored text of a row it does not show.
    private static readonly string Rank =
        $"bm25(SearchIndex, 0.0, 0.0, 0.0, 0.0, 10.0, 5.0, 2.0, 1.0) * (CASE WHEN rowid < {Fts5Indexer.ReviewRowBase} THEN 1.0 ELSE 0.5 END)";

    private Lexicon? _lexicon;

    /// <summary>Runs a search. Never throws for any query text; a query with nothing to search for gets <see cref="SearchResults.Problem"/>.</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var lexicon = await GetLexiconAsync(cancellationToken);
        var parsed = Fts5QueryParser.Parse(request.Query, lexicon.Synonyms, lexicon.Fts5Vocabulary, request.PrefixLastWord);
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
        // One read snapshot (a deferred transaction takes no write lock) for the count and the page, so an import
        // committing in between cannot renumber rows under them.
        await using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(cancellationToken);

        var match = parsed.Match!;
        var counts = await CountAsync(transaction, match, filters, lexicon.Facets, cancellationToken);
        string? suggestion = null;
        var showingSuggestion = false;
        var anyWord = false;
        if (counts.Total < FewResults)
        {
            var (corrected, corrections) = Suggest(parsed, lexicon.Fts5Vocabulary);
            if (corrected is not null)
            {
                var correctedQuery = Fts5QueryParser.Parse(corrected, lexicon.Synonyms, lexicon.Fts5Vocabulary, request.PrefixLastWord);
                var correctedCounts = await CountAsync(transaction, correctedQuery.Match!, filters, lexicon.Facets, cancellationToken);
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
            if (counts.Total == 0 && parsed.Units.Count(u => !u.Excluded) > 1 && Fts5QueryParser.AnyOf(parsed.Units, lexicon.Fts5Vocabulary) is { } any)
            {
                var anyCounts = await CountAsync(transaction, any, filters, lexicon.Facets, cancellationToken);
                if (anyCounts.Total > 0)
                {
                    match = any;
                    counts = anyCounts;
                    anyWord = true;
                }
            }
        }

        var hits = counts.Total == 0 ? [] : await HitsAsync(transaction, match, filters, page, pageSize, counts.Total, lexicon, cancellationToken);
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
    public async Task<Fts5Vocabulary> GetVocabularyAsync(CancellationToken cancellationToken = default) =>
        (await GetLexiconAsync(cancellationToken)).Fts5Vocabulary;

    private sealed record Filters(string? Theme, string? Review)
    {
        public static Filters None { get; } = new(null, null);
    }

    private sealed record Counts(int Total, Dictionary<string, int> Themes, Dictionary<string, int> Reviews);

    private sealed record Lexicon(long Generation, Fts5Vocabulary Fts5Vocabulary, Fts5SynonymSet Synonyms,
        IReadOnlyDictionary<string, string> ThemeTitles, IReadOnlyDictionary<string, string> ReviewTitles, FacetMap Facets);

    /// <summary>
    /// The review and themes of every indexed row by rowid (from SearchFacets), as small integers, so that counting
    /// results and facets only reads the matching rowids from FTS5.
    /// </summary>
    private sealed class FacetMap
    {
        private readonly Dictionary<long, int> _rows;
        private readonly int[] _review;
        private readonly int[][] _themes;

        public FacetMap(IEnumerable<(long Id, string Review, string ThemeSlugs)> rows)
        {
            var reviews = new Dictionary<string, int>(StringComparer.Ordinal);
            var themes = new Dictionary<string, int>(StringComparer.Ordinal);
            _rows = [];
            var review = new List<int>();
            var themeLists = new List<int[]>();
            foreach (var (id, reviewSlug, themeSlugs) in rows)
            {
                _rows[id] = review.Count;
                review.Add(Intern(reviews, reviewSlug));
                themeLists.Add(themeSlugs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => Intern(themes, t)).ToArray());
            }
            _review = [.. review];
            _themes = [.. themeLists];
            ReviewSlugs = reviews.OrderBy(r => r.Value).Select(r => r.Key).ToArray();
            ThemeSlugs = themes.OrderBy(t => t.Value).Select(t => t.Key).ToArray();
            ReviewIndex = reviews;
            ThemeIndex = themes;
        }

        public string[] ReviewSlugs { get; }
        public string[] ThemeSlugs { get; }
        public IReadOnlyDictionary<string, int> ReviewIndex { get; }
        public IReadOnlyDictionary<string, int> ThemeIndex { get; }

        /// <summary>The row's review (an index into <see cref="ReviewSlugs"/>) and themes, or false for a row not in the map.</summary>
        public bool TryGet(long rowid, out int review, out int[] themes)
        {
            if (_rows.TryGetValue(rowid, out var i))
            {
                review = _review[i];
                themes = _themes[i];
                return true;
            }
            review = -1;
            themes = [];
            return false;
        }

        private static int Intern(Dictionary<string, int> values, string value)
        {
            if (!values.TryGetValue(value, out var i)) values[value] = i = values.Count;
            return i;
        }
    }

    private static (string? Text, int Corrections) Suggest(Fts5ParsedQuery parsed, Fts5Vocabulary vocabulary)
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
        var facetRows = await db.Database.SqlQueryRaw<FacetRow>("SELECT Id, Review, ThemeSlugs FROM SearchFacets")
            .ToListAsync(cancellationToken);

        var lexicon = new Lexicon(
            generation,
            new Fts5Vocabulary(terms.Select(t => (t.Term, t.Documents))),
            new Fts5SynonymSet(synonyms.GroupBy(s => s.Group).Select(g => (IReadOnlyList<string>)g.Select(s => s.Phrase).ToList())),
            themes,
            reviews,
            new FacetMap(facetRows.Select(r => (r.Id, r.Review, r.ThemeSlugs))));
        _lexicon = lexicon;
        return lexicon;
    }

    private sealed record VocabularyRow(string Term, int Documents);

    private sealed record FacetRow(long Id, string Review, string ThemeSlugs);
}
