namespace LpipEvidence.SavedBriefings;

/// <summary>What became of a save: <see cref="Id"/> is set only when the briefing was committed.</summary>
public sealed record SaveResult(string? Id)
{
    /// <summary>The store holds its maximum of briefings (<see cref="SavedBriefingLimits.MaxBriefings"/>): nothing was saved.</summary>
    public bool IsFull => Id is null;
}
