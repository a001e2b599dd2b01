namespace LpipEvidence.Search.Querying;

/// <summary>How a clause of a query takes part.</summary>
public enum QueryOccur
{
    /// <summary>Every result matches it.</summary>
    Required,

    /// <summary>Results match at least <see cref="ParsedQuery.MinimumShouldMatch"/> of the optional clauses; more rank higher.</summary>
    Optional,

    /// <summary>No result matches it.</summary>
    Excluded,
}
