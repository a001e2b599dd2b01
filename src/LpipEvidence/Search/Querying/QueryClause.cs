namespace LpipEvidence.Search.Querying;

/// <summary>One clause of a query: units joined by OR (usually one).</summary>
public sealed record QueryClause(IReadOnlyList<QueryUnit> AnyOf, QueryOccur Occur);
