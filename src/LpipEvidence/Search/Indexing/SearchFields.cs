namespace LpipEvidence.Search.Indexing;

/// <summary>The fields of a search document and how much a match in each counts.</summary>
public static class SearchFields
{
    /// <summary>"finding", "review" or "theme" (indexed as is, stored, and a numeric doc value for ranking).</summary>
    public const string Kind = "kind";

    /// <summary>The slug (indexed as is, stored).</summary>
    public const string Slug = "slug";

    /// <summary>The review a finding belongs to, or a review's own slug (indexed as is, stored, sorted doc value).</summary>
    public const string Review = "review";

    /// <summary>Theme slugs of a finding, or a theme's own slug (indexed as is, stored, sorted-set doc value).</summary>
    public const string Theme = "theme";

    /// <summary>The plain name shown in facets: a review's title without its subtitle, a theme's title.</summary>
    public const string Label = "label";

    /// <summary>The title, stemmed and stored.</summary>
    public const string Title = "title";

    /// <summary>A finding's key takeaway, stemmed and stored.</summary>
    public const string Takeaway = "takeaway";

    /// <summary>A finding's text, a review's introduction or a theme's description, stemmed and stored.</summary>
    public const string Body = "body";

    /// <summary>Theme titles of a finding (one value each) or a review's programme theme, stemmed and stored.</summary>
    public const string ThemeLabels = "themes";

    /// <summary>All the text again, unstemmed and not stored: its terms are the vocabulary.</summary>
    public const string Spelling = "spelling";

    /// <summary>The fields a query searches, with their weights: title above takeaway above body above theme labels.</summary>
    public static IReadOnlyList<(string Field, float Weight)> Searched { get; } =
    [
        (Title, 10f),
        (Takeaway, 5f),
        (Body, 2f),
        (ThemeLabels, 1f),
    ];

    /// <summary>How much a review or theme counts against a finding: they are short and would outrank the findings that carry the evidence.</summary>
    public const float OtherKindWeight = 0.25f;
}
