using LpipEvidence.SavedBriefings;

namespace LpipEvidence.Web.SavedBriefings;

/// <summary>
/// Where saved briefings (<c>/b/{id}</c>) are kept and for how long. Section "Briefings"; the connection string is
/// <c>ConnectionStrings:Briefings</c>. By default a SQLite file beside the evidence store; a site serving a read-only
/// store artifact keeps none unless a connection string is set, and then hides "Save and share".
/// </summary>
public sealed class BriefingsOptions
{
    public const string Section = "Briefings";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>, for several instances sharing one server.</summary>
    public BriefingsProvider Provider { get; set; } = BriefingsProvider.Sqlite;

    /// <summary>How long a saved briefing is kept after it was saved (default two years: 730 days).</summary>
    public TimeSpan KeepFor { get; set; } = SavedBriefingLimits.Default.KeepFor;

    /// <summary>Most briefings kept at once (default 1,000,000); saving beyond it answers 503 until the clean-up makes room.</summary>
    public int MaxBriefings { get; set; } = SavedBriefingLimits.Default.MaxBriefings;

    /// <summary>How often expired briefings are deleted (default once a day, the first shortly after start).</summary>
    public TimeSpan CleanupEvery { get; set; } = TimeSpan.FromDays(1);
}
