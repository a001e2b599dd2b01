namespace LpipEvidence.Import;

/// <summary>The stages of the import step, in order (named in its log lines).</summary>
public enum ImportStage
{
    /// <summary>Reading and validating the content folder.</summary>
    Read,

    /// <summary>Writing the store.</summary>
    Store,

    /// <summary>Bringing the search index up to date.</summary>
    Index,
}

/// <summary>How the stages are named in log lines.</summary>
internal static class ImportStageNames
{
    /// <summary>The stage's name in lower case ("read", "store", "index"), as operators search logs for it.</summary>
    public static string Name(this ImportStage stage) => stage switch
    {
        ImportStage.Read => "read",
        ImportStage.Store => "store",
        _ => "index",
    };
}
