namespace LpipEvidence.Search;

/// <summary>A facet value with how many results carry it.</summary>
public sealed record FacetCount(string Slug, string Title, int Count);
