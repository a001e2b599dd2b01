using LpipEvidence.Catalog;

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

    /// <summary>True when the query was too long and was cut.</summary>
    public bool Truncated { get; init; }

    /// <summary>A friendly explanation when there was nothing to search for.</summary>
    public string? Problem { get; init; }

    /// <summary>Number of pages.</summary>
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>One result.</summary>
/// <param name="Kind">"finding", "review" or "theme".</param>
/// <param name="Slug">The slug of the finding, review or theme.</param>
/// <param name="Title">The plain title.</param>
/// <param name="Url">Site-relative address of the page.</param>
/// <param name="TitleHtml">The title, HTML-encoded, with matched words in &lt;mark&gt;.</param>
/// <param name="SnippetHtml">The passage that matched, HTML-encoded, with matched words in &lt;mark&gt;.</param>
/// <param name="Review">The review a finding or review hit belongs to; null for themes.</param>
/// <param name="Themes">Themes a finding carries; a theme hit carries itself.</param>
public sealed record SearchHit(
    string Kind,
    string Slug,
    string Title,
    string TitleHtml,
    string Url,
    string SnippetHtml,
    FacetValue? Review,
    IReadOnlyList<ThemeLink> Themes);

/// <summary>A facet value: slug and title.</summary>
public sealed record FacetValue(string Slug, string Title);

/// <summary>A facet value with how many results carry it.</summary>
public sealed record FacetCount(string Slug, string Title, int Count);
