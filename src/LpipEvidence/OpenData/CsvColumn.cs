namespace LpipEvidence.OpenData;

/// <summary>One column of the findings CSV: its header, what it holds (shown on the Data page) and how it is read from a finding.</summary>
/// <param name="Name">The header, in snake_case.</param>
/// <param name="Description">What the column holds, for people.</param>
/// <param name="Value">The cell of one finding.</param>
public sealed record CsvColumn(string Name, string Description, Func<FindingData, string> Value);
