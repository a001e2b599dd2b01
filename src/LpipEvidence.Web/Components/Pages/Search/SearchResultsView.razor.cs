using LpipEvidence.Catalog;
using LpipEvidence.Search;
using Microsoft.AspNetCore.Components;

namespace LpipEvidence.Web.Components.Pages.Search;

public sealed partial class SearchResultsView
{
    /// <summary>The search's results; null before anything has been searched for.</summary>
    [Parameter] public SearchResults? Results { get; set; }

    /// <summary>What was typed, for the addresses of filters and pages.</summary>
    [Parameter] public string Query { get; set; } = "";

    [Parameter] public string? Theme { get; set; }

    [Parameter] public string? Review { get; set; }

    /// <summary>Every theme, shown when there is nothing else to show (see <see cref="NeedsThemes"/>).</summary>
    [Parameter] public IReadOnlyList<ThemeSummary> Themes { get; set; } = [];

    /// <summary>Whether the search was of the words as typed, uncorrected: kept by its filters and pages.</summary>
    [Parameter] public bool AsTyped { get; set; }

    /// <summary>For words joined with AND found together nowhere: the search for any of them and its count.</summary>
    [Parameter] public EitherSearch? Either { get; set; }

    /// <summary>Whether a newer search is running (aria-busy).</summary>
    [Parameter] public bool Searching { get; set; }

    /// <summary>Whether the summary is a status region itself (the server's first view) or the island announces it.</summary>
    [Parameter] public bool Announce { get; set; } = true;

    /// <summary>The theme list is shown only when there is nothing to show, or a theme filter to name.</summary>
    public static bool NeedsThemes(SearchResults? results, string? theme) => results is not { Hits.Count: > 0 } || theme is not null;

    /// <summary>The one-line summary of a search: what was found, or what to do.</summary>
    public static string SummaryOf(SearchResults? results) => results switch
    {
        null => "Type a word or phrase, such as clusters, R&D or evaluation.",
        { Problem: { } problem } => problem,
        { Total: 0 } r => $"No results for “{r.Query}”.",
        // The correction comes first, in the same sentence, so the count is never read as the count of what was typed.
        { ShowingSuggestion: true, Suggestion: { } shown } r =>
            $"No results for “{r.Query}”. Showing {(r.Total == 1 ? "1 result" : $"{r.Total} results")} for “{shown}”" + (r.PageCount > 1 ? $", page {r.Page} of {r.PageCount}." : "."),
        { Total: 1 } r => $"1 result for “{r.Query}”.",
        var r => $"{r.Total} results for “{r.Query}”" + (r.PageCount > 1 ? $", page {r.Page} of {r.PageCount}." : "."),
    };

    /// <summary>
    /// For a search that joined words with AND and found nothing, the same words joined with OR ("skills OR
    /// funding"), so the page can say that nothing has them all and offer what has any; null otherwise (also when a
    /// word is left out with NOT or -, which OR would turn into its opposite).
    /// </summary>
    public static string? EitherQuery(SearchResults? results)
    {
        if (results is not { Total: 0, Problem: null }) return null;
        var words = results.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.Contains("AND", StringComparer.Ordinal)) return null;
        if (words.Any(w => w == "NOT" || w.StartsWith('-'))) return null;
        var either = words.Select(w => w == "AND" ? "OR" : w).ToList();
        return string.Join(' ', either);
    }

    /// <summary>
    /// The OR search of <see cref="EitherQuery"/> with how many results it really has (the same search its link
    /// runs, with the same filters), or null when there is none to offer.
    /// </summary>
    public static async Task<EitherSearch?> EitherAsync(SearchService search, SearchRequest request, SearchResults? results, CancellationToken cancellationToken)
    {
        if (EitherQuery(results) is not { } either) return null;
        var found = await search.SearchAsync(new SearchRequest(either, request.Theme, request.Review, PageSize: 1, PrefixLastWord: request.PrefixLastWord), cancellationToken);
        return found.Unavailable ? null : new EitherSearch(either, found.Total, either.Split(" OR ").Length);
    }

    /// <summary>"No result has both of these words. 12 results have either of them:", before the link to them.</summary>
    internal static string EitherSentence(EitherSearch either)
    {
        var none = either.Words == 2 ? "No result has both of these words." : "No result has all of these words.";
        var some = either.Total == 1 ? "1 result has" : $"{either.Total} results have";
        return $"{none} {some} {(either.Words == 2 ? "either of them" : "at least one of them")}:";
    }

    /// <summary>What the person typed, as the results understood it.</summary>
    private string Typed(SearchResults results) => string.IsNullOrWhiteSpace(Query) ? results.Query : Query.Trim();

    private static string KindLabel(SearchHit hit) => hit.Kind switch
    {
        SearchKinds.Finding => hit.Review is { } review ? $"Key finding · {review.Title}" : "Key finding",
        SearchKinds.Review => "Evidence review",
        _ => "Theme",
    } + (hit.Match == SearchMatch.Meaning ? " · related in meaning" : "");

    private string ThemeTitle(SearchResults results) =>
        results.Themes.FirstOrDefault(t => t.Slug == Theme)?.Title ?? Themes.FirstOrDefault(t => t.Slug == Theme)?.Title ?? Theme!;

    private string ReviewTitle(SearchResults results) =>
        results.Reviews.FirstOrDefault(r => r.Slug == Review)?.Title ?? Review!;
}
