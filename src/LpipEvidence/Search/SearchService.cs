using LpipEvidence.Search.Highlighting;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Search.Querying;
using LpipEvidence.Search.Ranking;
using LpipEvidence.Search.Suggestions;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Search;

/// <summary>
/// Full-text search over findings, reviews and themes on the Lucene index of <see cref="SearchIndexManager"/>:
/// parses the query (<see cref="SearchQueryParser"/>), builds it (<see cref="LuceneQuery"/>), ranks, filters and
/// counts facets in one pass (<see cref="ResultCollector"/>), highlights the page (<see cref="Snippets"/>) and
/// offers corrections (<see cref="SpellingSuggester"/>). Each search has a time budget
/// (<see cref="SearchOptions.TimeBudget"/>) and honours its caller's cancellation. Thread-safe.
/// <para>
/// With meaning vectors (see <see cref="SearchIndexManager.Meaning"/>), a plain query is also searched by meaning:
/// the results with the words come first, in the words' order, and the findings closest in meaning that lack the
/// words follow (at most <see cref="MaxMeaningResults"/>, none below <see cref="MeaningFloor"/>). Phrases,
/// operators and left-out words stay word searches; when no result has every word, words and meaning are fused by
/// reciprocal rank fusion.
/// </para>
/// </summary>
public sealed class SearchService(SearchIndexManager index, IOptions<SearchOptions> options)
{
    /// <summary>
    /// The least similarity (cosine, -1 to 1) a finding needs to be found by meaning alone. Chosen on the question
    /// set in tests/LpipEvidence.Tests/Search/QuestionSet: paraphrased questions score their finding above it,
    /// nonsense ("banana smoothie recipe") scores every finding below it.
    /// </summary>
    public const float MeaningFloor = 0.27f;

    /// <summary>
    /// How much less close in meaning than the closest result with the words a finding without them may be, to be
    /// added after them.
    /// </summary>
    public const float MeaningMargin = 0.15f;

    /// <summary>When no result has every word, how many of those with some of them are ranked again with meaning.</summary>
    public const int FusionWindow = Fusion.Window;

    /// <summary>The constant of reciprocal rank fusion (see <see cref="Fusion"/>).</summary>
    public const int FusionK = Fusion.K;

    /// <summary>Most findings a search adds by meaning alone.</summary>
    public const int MaxMeaningResults = 10;

    /// <summary>Queries (and sentences of results) whose vectors are kept.</summary>
    public const int CachedVectors = 2048;

    private readonly VectorCache? _vectors = index.Embedder is { } embedder ? new VectorCache(embedder, CachedVectors) : null;

    /// <summary>The cache of query and sentence vectors (null without a model), for tests and diagnostics.</summary>
    public VectorCache? Vectors => _vectors;

    /// <summary>Below this many results a query gets spelling help.</summary>
    public const int FewResults = 3;

    /// <summary>What a search answers when it ran out of time.</summary>
    public const string TooSlowMessage = "This search took too long to answer. Try fewer or more specific words, or try again in a moment.";

    /// <summary>What a search answers when no index is open yet.</summary>
    public const string NotReadyMessage = "Search is getting ready: the index of the evidence is being built. Try again in a minute.";

    /// <summary>Most values listed per facet (see <see cref="Facets"/>).</summary>
    public const int MaxFacetValues = Facets.MaxValues;

    /// <summary>Runs a search. Never throws for any query text; a query with nothing to search for gets <see cref="SearchResults.Problem"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        // A source made with its delay (unlike CancelAfter) is cancelled from the start when the budget is zero.
        using var timer = new CancellationTokenSource(options.Value.TimeBudget);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        IndexSnapshot? snapshot = null;
        try
        {
            snapshot = await index.AcquireAsync(budget.Token);
            if (snapshot is null) return Unanswered(request, page, pageSize, NotReadyMessage);
            return await SearchAsync(snapshot, request, page, pageSize, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unanswered(request, page, pageSize, snapshot is null ? NotReadyMessage : TooSlowMessage);
        }
        finally
        {
            snapshot?.Release();
        }
    }

    /// <summary>
    /// The findings most related to the finding <paramref name="findingSlug"/>, best first: those that share its
    /// themes or say similar things (by meaning when the vectors are ready, otherwise Lucene's MoreLikeThis over
    /// title, takeaway and text; plus a weight for each shared theme). Empty for an unknown slug, or while no index is open (it does not wait for one).
    /// </summary>
    public Task<IReadOnlyList<SimilarFinding>> SimilarFindingsAsync(string findingSlug, int count, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SimilarFindings(findingSlug, count, cancellationToken));
    }

    private IReadOnlyList<SimilarFinding> SimilarFindings(string findingSlug, int count, CancellationToken cancellationToken)
    {
        if (count <= 0) return [];
        var snapshot = index.Acquire();
        if (snapshot is null) return [];
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return RelatedFindings.Find(snapshot, findingSlug, count, cancellationToken);
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>What each shared theme adds to the closeness in meaning of a related finding (see <see cref="RelatedFindings"/>).</summary>
    public const float SharedThemeBonus = RelatedFindings.SharedThemeBonus;

    /// <summary>The indexed words (for tests and diagnostics); empty while no index is open.</summary>
    public Vocabulary GetVocabulary()
    {
        var snapshot = index.Acquire();
        if (snapshot is null) return Vocabulary.Empty;
        try
        {
            return snapshot.Vocabulary;
        }
        finally
        {
            snapshot.Release();
        }
    }

    private async Task<SearchResults> SearchAsync(IndexSnapshot snapshot, SearchRequest request, int page, int pageSize, CancellationToken cancellationToken)
    {
        var parsed = SearchQueryParser.Parse(request.Query, snapshot.Synonyms, request.PrefixLastWord);
        if (!parsed.HasMatch)
        {
            return new SearchResults
            {
                Query = parsed.Text, Total = 0, Page = page, PageSize = pageSize, Hits = [], Themes = [], Reviews = [],
                Truncated = parsed.Truncated, Problem = parsed.Problem,
            };
        }

        // A filter on a slug that nothing carries matches nothing.
        var review = request.Review is { Length: > 0 } r ? snapshot.ReviewIndex.GetValueOrDefault(r, -2) : -1;
        var theme = request.Theme is { Length: > 0 } t ? snapshot.ThemeIndex.GetValueOrDefault(t, -2) : -1;
        var keep = page * pageSize;
        var meaningWanted = (request.Mode == SearchMode.Meaning || (request.Mode == SearchMode.Hybrid && parsed.IsPlain)) && _vectors is not null;
        var vectors = meaningWanted ? snapshot.Vectors : null;
        // A new query's vector is worked out on another core while the words are searched, so the search costs about
        // the longer of the two instead of both; a vector already cached is taken at once.
        float[]? cached = null;
        var embedding = vectors is not null && !_vectors!.TryGet(parsed.Text, out cached)
            ? Task.Run(() => _vectors.Get(parsed.Text, cancellationToken), cancellationToken)
            : null;
        ResultCollector Run(ParsedQuery query, int keepBest, out LuceneQuery.Built built)
        {
            built = LuceneQuery.Build(query, snapshot.Vocabulary);
            var collector = new ResultCollector(snapshot, review, theme, keepBest, cancellationToken)
            {
                Matched = vectors is null ? null : new System.Collections.BitArray(snapshot.DocumentCount),
            };
            if (request.Mode != SearchMode.Meaning) snapshot.Searcher.Search(built.Query, collector);
            return collector;
        }

        var results = Run(parsed, keep, out var shown);
        string? suggestion = null;
        var showingSuggestion = false;
        var anyWord = false;
        if (results.Total < FewResults && request.Mode != SearchMode.Meaning)
        {
            var (corrected, corrections) = SpellingSuggester.Suggest(parsed, snapshot.Vocabulary);
            var correctedQuery = corrected is null ? null : SearchQueryParser.Parse(corrected, snapshot.Synonyms, request.PrefixLastWord);
            if (correctedQuery is { HasMatch: true })
            {
                var correctedResults = Run(correctedQuery, keep, out var correctedBuilt);
                if (correctedResults.Total > results.Total)
                {
                    suggestion = correctedQuery.Text;
                    if (results.Total == 0 && corrections == 1 && !request.AsTyped)
                    {
                        (results, shown, showingSuggestion) = (correctedResults, correctedBuilt, true);
                    }
                }
            }
            if (results.Total == 0 && parsed.CanWiden)
            {
                // Results with only some of the words are a weak answer: with meaning, the best of them are ranked
                // again together with the findings close in meaning (see below), so more of them are kept.
                var anyResults = Run(parsed.AnyWord(), vectors is null ? keep : Math.Max(keep, FusionWindow), out var anyBuilt);
                if (anyResults.Total > 0) (results, shown, anyWord) = (anyResults, anyBuilt, true);
            }
        }

        var best = results.Best();
        var wordTotal = results.Total;
        QueryVector? query = null;
        List<(int Doc, float Similarity)> closest = [];
        // Meaning fills gaps: it adds findings only when the words found few findings, or only some of the words
        // matched. With enough findings by all their words it adds nothing: the scan is skipped, and the query's
        // vector is awaited only after the results' snippets are built (it then only marks which are also close in
        // meaning), so the embedding overlaps the whole word search.
        if (vectors is not null && (anyWord || results.Findings < FewResults))
        {
            // Awaited, never waited on: a request thread blocked on work queued behind it could starve the pool.
            query = vectors.Prepare(cached ?? await embedding!.ConfigureAwait(false));
            var matched = results.Matched!;
            // Words win: a finding without them is added only when it is about as close in meaning as the closest
            // result with them, so meaning never dilutes a good answer.
            var floor = MeaningFloor;
            if (!anyWord)
            {
                foreach (var doc in best.Take(SearchRequest.DefaultPageSize)) floor = Math.Max(floor, vectors.Similarity(query, doc) - MeaningMargin);
            }
            closest = vectors.Nearest(query, floor, MaxMeaningResults,
                doc => snapshot.IsFinding(doc) && !matched[doc] && snapshot.Passes(doc, review, theme), cancellationToken);
            foreach (var (doc, _) in closest) results.Count(doc);
        }

        // The results in order: those with the words in the words' order, then those found by meaning alone (after
        // every result with the words, so only once all of them are kept). When no result had every word, the
        // first FusionWindow of those with some of them and the ones found by meaning are ranked together by
        // reciprocal rank fusion of their rank by words and their rank by meaning.
        List<(int Doc, bool Words)> order;
        if (anyWord && query is not null)
        {
            order = Fusion.Order(snapshot, vectors!, query, best, closest);
        }
        else
        {
            order = [.. best.Select(doc => (doc, true))];
            if (best.Count == wordTotal) order.AddRange(closest.Select(c => (c.Doc, false)));
        }

        var hits = new List<SearchHit>(pageSize);
        for (var i = (page - 1) * pageSize; i < Math.Min(page * pageSize, order.Count); i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (doc, words) = order[i];
            if (!words)
            {
                hits.Add(HitBuilder.Meaning(snapshot, doc, query!));
                continue;
            }
            var match = query is not null && vectors!.Similarity(query, doc) >= MeaningFloor ? SearchMatch.Both : SearchMatch.Words;
            hits.Add(HitBuilder.Words(snapshot, doc, shown.Highlights) with { Match = match });
        }
        if (vectors is not null && query is null)
        {
            query = vectors.Prepare(cached ?? await embedding!.ConfigureAwait(false));
            var first = (page - 1) * pageSize;
            for (var i = 0; i < hits.Count; i++)
            {
                if (vectors.Similarity(query, order[first + i].Doc) >= MeaningFloor) hits[i] = hits[i] with { Match = SearchMatch.Both };
            }
        }
        return new SearchResults
        {
            Query = parsed.Text,
            Total = results.Total,
            OnlyMeaning = wordTotal == 0 && closest.Count > 0,
            MeaningPending = meaningWanted && vectors is null,
            Page = page,
            PageSize = pageSize,
            Hits = hits,
            Themes = Facets.Top(results.ThemeCounts, snapshot.ThemeSlugs, snapshot.ThemeTitles),
            Reviews = Facets.Top(results.ReviewCounts, snapshot.ReviewSlugs, snapshot.ReviewTitles),
            Suggestion = suggestion,
            ShowingSuggestion = showingSuggestion,
            MatchedAnyWord = anyWord,
            Truncated = parsed.Truncated,
        };
    }

    private static SearchResults Unanswered(SearchRequest request, int page, int pageSize, string message) => new()
    {
        Query = (request.Query ?? "").Trim(),
        Total = 0,
        Page = page,
        PageSize = pageSize,
        Hits = [],
        Themes = [],
        Reviews = [],
        Problem = message,
        Unavailable = true,
    };
}
