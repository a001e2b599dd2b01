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

    /// <summary>The reviews written <c>draft: true</c>, which the site does not publish.</summary>
    public IEnumerable<ReviewContent> Drafts => Reviews.Where(r => r.IsDraft);

    /// <summary>
    /// What the site publishes: this content without its draft reviews (and so without their findings). Its hash
    /// differs from a set that shows drafts, so switching Content:ShowDrafts re-imports the store.
    /// </summary>
    public ContentSet Published() => Drafts.Any() ? this with { Reviews = [.. Reviews.Where(r => !r.IsDraft)] } : this;

    /// <summary>
    /// This content with its drafts, for an editor's local preview; the hash is changed when there are drafts, so the
    /// store knows it differs from the published set of the same files.
    /// </summary>
    public ContentSet WithDrafts() => Drafts.Any()
        ? this with { Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Hash + "\0drafts"))) }
        : this;
}
