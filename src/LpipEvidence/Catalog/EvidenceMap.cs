namespace LpipEvidence.Catalog;

/// <summary>
/// An evidence and gap map, in the spirit of the Campbell Collaboration's: the site's themes (rows, A to Z) against its
/// reviews (columns, by programme theme then date), each cell the number of the review's findings on the theme. A
/// cell of 0 is a gap: the review has no finding on that theme.
/// </summary>
public sealed record EvidenceMap(IReadOnlyList<ThemeSummary> Themes, IReadOnlyList<ReviewSummary> Reviews, IReadOnlyDictionary<(string Theme, string Review), int> Counts)
{
    /// <summary>How many findings of <paramref name="review"/> carry <paramref name="theme"/> (0 for a gap).</summary>
    public int Count(string theme, string review) => Counts.GetValueOrDefault((theme, review));

    /// <summary>The reviews in the order lists of reviews show them: by programme theme A to Z, then oldest first.</summary>
    public static IReadOnlyList<ReviewSummary> Order(IEnumerable<ReviewSummary> reviews) =>
    [
        .. reviews.OrderBy(r => r.ProgrammeTheme, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(r => r.Published.Year).ThenBy(r => r.Published.Month).ThenBy(r => r.Title, StringComparer.Ordinal),
    ];
}
