namespace LpipEvidence.OpenData;

/// <summary>A theme that cuts across reviews.</summary>
/// <param name="Slug">Its stable identifier.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Address of its page.</param>
/// <param name="ApiUrl">Address of it in this API.</param>
/// <param name="Description">What it covers, as plain text.</param>
/// <param name="DescriptionHtml">The same as safe HTML.</param>
/// <param name="FindingCount">How many findings carry it.</param>
public sealed record ThemeData(string Slug, string Title, string Url, string ApiUrl, string Description, string DescriptionHtml, int FindingCount);
