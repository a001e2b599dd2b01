namespace LpipEvidence.Search;

/// <summary>One result.</summary>
/// <param name="Kind">"finding", "review" or "theme".</param>
/// <param name="Slug">The slug of the finding, review or theme.</param>
/// <param name="Title">The plain title.</param>
/// <param name="Url">Site-relative address of the page.</param>
/// <param name="TitleHtml">The title, HTML-encoded, with matched words in &lt;mark&gt;.</param>
/// <param name="SnippetHtml">The passage that matched, HTML-encoded, with matched words in &lt;mark&gt;.</param>
/// <param name="Review">The review a finding or review hit belongs to; null for themes.</param>
/// <param name="Themes">Themes a finding carries; a theme hit carries itself.</param>
/// <param name="Match">Whether it has the words, is close in meaning, or both. A result found by meaning alone
/// shows, as its snippet, the sentence of the finding closest in meaning to the query, with nothing marked.</param>
public sealed record SearchHit(
    string Kind,
    string Slug,
    string Title,
    string TitleHtml,
    string Url,
    string SnippetHtml,
    FacetValue? Review,
    IReadOnlyList<FacetValue> Themes,
    SearchMatch Match = SearchMatch.Words);
