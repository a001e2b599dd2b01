namespace LpipEvidence.OpenData;

/// <summary>A key finding, with the review it comes from, that review's licence and citation, and its change notes.</summary>
/// <param name="Slug">Its stable identifier.</param>
/// <param name="Title">Its title.</param>
/// <param name="Order">Its place in its review (1 is the first).</param>
/// <param name="Url">Address of its page.</param>
/// <param name="ApiUrl">Address of it in this API.</param>
/// <param name="Review">The review it comes from.</param>
/// <param name="Themes">Its themes, in the editor's order.</param>
/// <param name="Takeaway">Its key takeaway as plain text.</param>
/// <param name="TakeawayHtml">The same as safe HTML.</param>
/// <param name="Text">Its text as plain text.</param>
/// <param name="TextHtml">The same as safe HTML.</param>
/// <param name="Published">When its review was published (YYYY-MM).</param>
/// <param name="LastUpdated">The date of its newest change note, or null.</param>
/// <param name="Changes">Its change notes, newest first.</param>
/// <param name="Licence">The licence of its review, which its words are reproduced under.</param>
/// <param name="Citation">How to cite its review.</param>
/// <param name="Attribution">The sentence to reproduce with its words.</param>
public sealed record FindingData(
    string Slug,
    string Title,
    int Order,
    string Url,
    string ApiUrl,
    LinkData Review,
    IReadOnlyList<LinkData> Themes,
    string Takeaway,
    string TakeawayHtml,
    string Text,
    string TextHtml,
    string Published,
    DateOnly? LastUpdated,
    IReadOnlyList<ChangeData> Changes,
    LicenceData Licence,
    CitationData Citation,
    string Attribution);
