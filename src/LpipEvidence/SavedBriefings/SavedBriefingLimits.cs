namespace LpipEvidence.SavedBriefings;

/// <summary>How long saved briefings are kept and how many the store holds at most.</summary>
/// <param name="KeepFor">How long after saving a briefing may be deleted by the daily clean-up.</param>
/// <param name="MaxBriefings">Most briefings kept at once; saving beyond it is refused until the clean-up makes room.</param>
public sealed record SavedBriefingLimits(TimeSpan KeepFor, int MaxBriefings)
{
    /// <summary>Two years, a million briefings.</summary>
    public static SavedBriefingLimits Default { get; } = new(TimeSpan.FromDays(730), 1_000_000);
}
