namespace LpipEvidence.OpenData;

/// <summary>The JSON download: what it is, the terms of reuse, the reviews it draws on and every finding.</summary>
/// <param name="Title">What the file holds.</param>
/// <param name="Licence">The terms: each finding is under its review's licence, stated with it.</param>
/// <param name="About">Address of the page that explains the data.</param>
/// <param name="Reviews">Every review the findings come from, with its licence, citation and attribution.</param>
/// <param name="Findings">Every finding, by review and order, each with its review's licence and citation.</param>
public sealed record FindingsDownloadData(string Title, string Licence, string About, IReadOnlyList<ReviewData> Reviews, IReadOnlyList<FindingData> Findings);
