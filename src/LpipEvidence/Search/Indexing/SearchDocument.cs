namespace LpipEvidence.Search.Indexing;

/// <summary>One thing the index can find: a finding, a review or a theme, as plain text.</summary>
/// <param name="Kind">One of <see cref="SearchKinds"/>.</param>
/// <param name="Slug">Its slug (unique within its kind).</param>
/// <param name="Label">Its plain name for facets (a review's title without the subtitle).</param>
/// <param name="Review">A finding's review, a review's own slug; null for themes.</param>
/// <param name="Themes">A finding's theme slugs in the editor's order, a theme's own slug; empty for reviews.</param>
/// <param name="Title">The title as shown in results.</param>
/// <param name="Takeaway">A finding's key takeaway; empty otherwise.</param>
/// <param name="Body">A finding's text, a review's introduction, a theme's description.</param>
/// <param name="ThemeLabels">A finding's theme titles, a review's programme theme; empty for themes.</param>
public sealed record SearchDocument(
    string Kind,
    string Slug,
    string Label,
    string? Review,
    IReadOnlyList<string> Themes,
    string Title,
    string Takeaway,
    string Body,
    IReadOnlyList<string> ThemeLabels);
