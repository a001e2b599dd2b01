namespace LpipEvidence.SavedBriefings;

/// <summary>Where saved briefings are kept (<c>Briefings:Provider</c>).</summary>
public enum BriefingsProvider
{
    /// <summary>A SQLite file: one instance, or instances on one machine sharing the file.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by every instance of the site.</summary>
    Postgres,
}
