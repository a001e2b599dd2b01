namespace LpipEvidence.OpenData;

/// <summary>Every review, newest first.</summary>
public sealed record ReviewListData(IReadOnlyList<ReviewData> Reviews);
