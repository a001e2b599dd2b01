namespace LpipEvidence.Store;

/// <summary>What an import did.</summary>
public enum ImportOutcome
{
    /// <summary>The content was valid and different: the store now holds it.</summary>
    Imported,

    /// <summary>The content was valid and identical (by hash) to what the store holds: nothing was written.</summary>
    Unchanged,

    /// <summary>The content had errors: nothing was written and the previous content is still served.</summary>
    Invalid,
}
