namespace LpipEvidence.OpenData;

/// <summary>The licence a review's words are reproduced under.</summary>
/// <param name="Name">Its full name, e.g. "Creative Commons Attribution-NonCommercial".</param>
/// <param name="Code">Its short code, e.g. "CC BY-NC", or null.</param>
/// <param name="Url">Where its text lives, or null.</param>
/// <param name="Label">Name and code as the site shows them: "Creative Commons Attribution-NonCommercial (CC BY-NC)".</param>
/// <param name="Permission">What it lets a reader do, in one sentence.</param>
public sealed record LicenceData(string Name, string? Code, string? Url, string Label, string Permission);
