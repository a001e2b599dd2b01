namespace LpipEvidence.Briefings;

/// <summary>How much a briefing holds. Longer input is cut, and the briefing says so.</summary>
public static class BriefingLimits
{
    /// <summary>Most findings in one briefing; further valid findings are left out and counted.</summary>
    public const int MaxFindings = 20;

    /// <summary>Longest title, in UTF-16 characters, after white space is collapsed.</summary>
    public const int MaxTitleLength = 120;

    /// <summary>Longest "prepared by" (a name, a team), in UTF-16 characters, after white space is collapsed.</summary>
    public const int MaxPreparedByLength = 100;

    /// <summary>Longest note, in UTF-16 characters, after line endings are normalised.</summary>
    public const int MaxNoteLength = 1000;
}
