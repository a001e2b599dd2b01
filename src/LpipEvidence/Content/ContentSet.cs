namespace LpipEvidence.Content;

/// <summary>Everything read from a content folder once it is entirely valid.</summary>
/// <param name="Reviews">Reviews in slug order.</param>
/// <param name="Themes">Themes in display order.</param>
/// <param name="Hash">SHA-256 over every file read, so an unchanged folder can be recognised cheaply.</param>
/// <param name="Synonyms">Groups of words and phrases that mean the same thing in searches (may be empty).</param>
public sealed record ContentSet(IReadOnlyList<ReviewContent> Reviews, IReadOnlyList<ThemeContent> Themes, string Hash, IReadOnlyList<IReadOnlyList<string>> Synonyms)
{
    /// <summary>All findings of all reviews, in review then finding order.</summary>
    public IEnumerable<FindingContent> Findings => Reviews.SelectMany(r => r.Findings);
}
