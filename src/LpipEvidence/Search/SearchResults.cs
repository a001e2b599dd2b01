namespace LpipEvidence.Search;

/// <summary>One page of search results with facet counts and spelling help.</summary>
public sealed record SearchResults
{
    /// <summary>The query as understood (cleaned and cut to length).</summary>
    public required string Query { get; init; }

    /// <summary>How many results match in all (not just this page).</summary>
    public required int Total { get; init; }

    public required int Page { get; init; }

    public required int PageSize { get; init; }

    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Result counts per theme, most first.</summary>
    public required IReadOnlyList<FacetCount> Themes { get; init; }

    /// <summary>Result counts per review, most first.</summary>
    public required IReadOnlyList<FacetCount> Reviews { get; init; }

    /// <summary>A corrected query to offer as "Did you mean …", or null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>When set, the query found nothing and these results are for <see cref="Suggestion"/> instead.</summary>
    public bool ShowingSuggestion { get; init; }

    /// <summary>True when no result had every word, so results with any of them are shown.</summary>
    public bool MatchedAnyWord { get; init; }

    /// <summary>
    /// True when no result has the words (or their corrected spelling), and the results are the findings closest in
    /// meaning to the query instead.
    /// </summary>
    public bool OnlyMeaning { get; init; }

    /// <summary>
    /// True when this search would have used meaning but the meaning vectors are not ready yet (they are being made
    /// after an import): the results are by words only.
    /// </summary>
    public bool MeaningPending { get; init; }

    /// <summary>True when the query was too long and was cut.</summary>
    public bool Truncated { get; init; }

    /// <summary>A friendly explanation when there was nothing to search for, or the search could not be answered.</summary>
    public string? Problem { get; init; }

    /// <summary>
    /// True when the search could not be answered now (it ran out of time, or no index is open yet): asking again
    /// later may work. <see cref="Problem"/> says what happened.
    /// </summary>
    public bool Unavailable { get; init; }

    /// <summary>Number of pages.</summary>
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
