using System.Globalization;
using LpipEvidence.Addresses;
using LpipEvidence.Content;

namespace LpipEvidence.Catalog;

/// <summary>A change note with what it is about, for "Last updated" lines, change lists, feeds and briefings.</summary>
/// <param name="Date">When the change was published.</param>
/// <param name="Note">What changed, one sentence of plain text.</param>
/// <param name="Kind">What kind of content changed.</param>
/// <param name="Slug">Which one.</param>
/// <param name="Title">Its title, to name it in lists.</param>
/// <param name="Position">The note's place in its file's list (with kind and slug, a stable identity for feeds).</param>
public sealed record ChangeEntry(DateOnly Date, string Note, ContentKind Kind, string Slug, string Title, int Position)
{
    /// <summary>
    /// Whether this entry is a review's publication rather than a change note: the first entry of every list of
    /// what's new, dated to the month the review states (<see cref="Date"/> is that month's first day).
    /// </summary>
    public bool IsPublication { get; init; }

    /// <summary>The note that stands for a review's publication.</summary>
    public const string PublishedNote = "Review published.";

    /// <summary>A review's publication as an entry of a list of what's new.</summary>
    public static ChangeEntry Publication(string reviewSlug, string reviewTitle, PublicationMonth published) =>
        new(new DateOnly(published.Year, published.Month, 1), PublishedNote, ContentKind.Review, reviewSlug, reviewTitle, -1) { IsPublication = true };

    /// <summary>Site-relative URL of the page that changed.</summary>
    public string Url => SiteAddresses.Of(Kind, Slug);

    /// <summary>
    /// The id of this note's item in any list of changes, unique across the site (<c>change-finding-slug-2</c>), so a
    /// link can point at the note on its page's list of changes.
    /// </summary>
    public string Anchor => IsPublication
        ? $"published-{SiteAddresses.KindName(Kind)}-{Slug}"
        : string.Create(CultureInfo.InvariantCulture, $"change-{SiteAddresses.KindName(Kind)}-{Slug}-{Position}");

    /// <summary>Where this note is listed with the other changes of its page: <see cref="SiteAddresses.ChangesOf"/> and <see cref="Anchor"/>.</summary>
    public string ListedUrl => IsPublication ? Url : SiteAddresses.ChangesOf(Kind, Slug) + "#" + Anchor;
}
