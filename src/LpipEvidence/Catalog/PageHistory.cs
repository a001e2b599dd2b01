using LpipEvidence.Content;

namespace LpipEvidence.Catalog;

/// <summary>When a page was published and last changed, with every change note that concerns it, newest first.</summary>
/// <param name="Published">The month its review was published (for a theme, its earliest review's).</param>
/// <param name="LastUpdated">The date of its newest change note, or null when it has none.</param>
/// <param name="Changes">Its own notes and, for a review or a theme, those of its findings; newest first.</param>
public sealed record PageHistory(PublicationMonth Published, DateOnly? LastUpdated, IReadOnlyList<ChangeEntry> Changes)
{
    /// <summary>The page's title, to name it on its list of changes.</summary>
    public string Title { get; init; } = "";

    /// <summary>Whether the page has a publication month (a theme that no finding carries yet has none).</summary>
    public bool HasPublished => Published.Year > 0;
}
