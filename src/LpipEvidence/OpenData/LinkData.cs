namespace LpipEvidence.OpenData;

/// <summary>Enough of a review, theme or finding to name it and follow it.</summary>
/// <param name="Slug">Its stable identifier.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Address of its page.</param>
/// <param name="ApiUrl">Address of it in this API.</param>
public sealed record LinkData(string Slug, string Title, string Url, string ApiUrl);
