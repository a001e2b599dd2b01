namespace LpipEvidence.Search;

/// <summary>What a person asked for.</summary>
/// <param name="Query">The query text, anything at all.</param>
/// <param name="Theme">Only results carrying this theme (a slug).</param>
/// <param name="Review">Only results from this review (a slug).</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Results per page, 1 to <see cref="MaxPageSize"/>.</param>
/// <param name="PrefixLastWord">Treat the last word as unfinished (search as you type).</param>
/// <param name="Mode">Words, meaning or both (the default).</param>
/// <param name="AsTyped">
/// Search the words exactly as typed: a misspelt query that finds nothing is not replaced by its correction (the
/// correction is still offered as <see cref="SearchResults.Suggestion"/>). For "Search instead for …".
/// </param>
public sealed record SearchRequest(string? Query, string? Theme = null, string? Review = null, int Page = 1, int PageSize = SearchRequest.DefaultPageSize, bool PrefixLastWord = true,
    SearchMode Mode = SearchMode.Hybrid, bool AsTyped = false)
{
    /// <summary>Results per page unless asked otherwise.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>Most results per page.</summary>
    public const int MaxPageSize = 50;

    /// <summary>The last page that can be asked for.</summary>
    public const int MaxPage = 1000;
}
