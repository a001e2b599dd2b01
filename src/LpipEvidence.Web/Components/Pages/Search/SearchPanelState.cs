using LpipEvidence.Catalog;
using LpipEvidence.Search;

namespace LpipEvidence.Web.Components.Pages.Search;

/// <summary>
/// What the search island showed when it was prerendered, carried into the interactive render with .NET's
/// persistent component state, so the search is not run a second time when the island starts.
/// </summary>
/// <param name="Query">The query the results are for, as given in the address.</param>
/// <param name="Theme">The theme filter.</param>
/// <param name="Review">The review filter.</param>
/// <param name="Page">The results page.</param>
/// <param name="Results">The results, or null when there was nothing to search for.</param>
/// <param name="Themes">The themes offered to browse (loaded only when shown).</param>
public sealed record SearchPanelState(string Query, string? Theme, string? Review, int Page, SearchResults? Results, IReadOnlyList<ThemeSummary> Themes)
{
    /// <summary>Whether this state is for the search these parameters ask for.</summary>
    public bool IsFor(string query, string? theme, string? review, int page) =>
        Query == query && Theme == theme && Review == review && Page == page;
}
