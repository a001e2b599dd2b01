namespace LpipEvidence.Web.Components.Pages.Search;

/// <summary>The words of a search that found nothing with them all, joined with OR, and how many results that has.</summary>
/// <param name="Query">The words joined with OR, as the link searches them.</param>
/// <param name="Total">How many results the OR search has.</param>
/// <param name="Words">How many words (or phrases) it joins.</param>
public sealed record EitherSearch(string Query, int Total, int Words);
