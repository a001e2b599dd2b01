namespace LpipEvidence.Search;

/// <summary>A finding related to another: it shares themes with it or says similar things.</summary>
/// <param name="Slug">The finding's slug.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its site-relative address.</param>
/// <param name="Review">The review it belongs to.</param>
/// <param name="SharedThemes">The themes it shares with the finding it is related to, in its own order.</param>
/// <param name="Score">How related it is (higher is closer; only for ordering).</param>
public sealed record SimilarFinding(string Slug, string Title, string Url, FacetValue? Review, IReadOnlyList<FacetValue> SharedThemes, float Score);
