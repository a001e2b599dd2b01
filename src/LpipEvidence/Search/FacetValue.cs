namespace LpipEvidence.Search;

/// <summary>A facet value: slug and title.</summary>
public sealed record FacetValue(string Slug, string Title);
