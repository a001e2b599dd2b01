namespace LpipEvidence.OpenData;

/// <summary>A review: who wrote and published it, when, its licence and how to cite it.</summary>
/// <param name="Slug">Its stable identifier.</param>
/// <param name="Title">Its title.</param>
/// <param name="Subtitle">Its subtitle, or null.</param>
/// <param name="Url">Address of its page on this site.</param>
/// <param name="ApiUrl">Address of it in this API.</param>
/// <param name="Authors">Its authors, in the review's order.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Published">When it was published (YYYY-MM).</param>
/// <param name="ProgrammeTheme">The LPIP programme theme it belongs to.</param>
/// <param name="Source">Where its publisher put the original.</param>
/// <param name="FindingCount">How many key findings it has.</param>
/// <param name="Licence">The licence its words are reproduced under.</param>
/// <param name="Citation">How to cite it.</param>
/// <param name="Credit">Who and when, in one line: "Dr Chloe Billing, Publisher, October 2024".</param>
/// <param name="Attribution">The sentence to reproduce with its words: source, licence and what it allows.</param>
public sealed record ReviewData(
    string Slug,
    string Title,
    string? Subtitle,
    string Url,
    string ApiUrl,
    IReadOnlyList<AuthorData> Authors,
    string Publisher,
    string Published,
    string ProgrammeTheme,
    string Source,
    int FindingCount,
    LicenceData Licence,
    CitationData Citation,
    string Credit,
    string Attribution);
