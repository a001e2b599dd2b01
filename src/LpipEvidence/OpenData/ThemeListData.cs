namespace LpipEvidence.OpenData;

/// <summary>Every theme, A to Z by title.</summary>
public sealed record ThemeListData(IReadOnlyList<ThemeData> Themes);
