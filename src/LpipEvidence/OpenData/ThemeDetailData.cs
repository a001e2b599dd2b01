namespace LpipEvidence.OpenData;

/// <summary>One theme with its findings across reviews, the reviews they come from (to credit them) and its history.</summary>
/// <param name="Theme">The theme.</param>
/// <param name="Findings">The findings that carry it, by review and order.</param>
/// <param name="Reviews">The reviews those findings come from, with their licences and citations.</param>
/// <param name="History">When it was first published and changed.</param>
public sealed record ThemeDetailData(ThemeData Theme, IReadOnlyList<LinkData> Findings, IReadOnlyList<ReviewData> Reviews, HistoryData History);
