namespace LpipEvidence.OpenData;

/// <summary>One review with its introduction, its findings in order and its change history.</summary>
/// <param name="Review">The review's metadata, licence and citation.</param>
/// <param name="Introduction">The review's introduction as plain text.</param>
/// <param name="IntroductionHtml">The same as safe HTML.</param>
/// <param name="Findings">Its key findings, in the review's order.</param>
/// <param name="History">When it was published and changed.</param>
public sealed record ReviewDetailData(ReviewData Review, string Introduction, string IntroductionHtml, IReadOnlyList<LinkData> Findings, HistoryData History);
