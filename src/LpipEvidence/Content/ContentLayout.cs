namespace LpipEvidence.Content;

/// <summary>Where things live inside a content folder. docs/authoring.md describes the same layout for editors.</summary>
public static class ContentLayout
{
    /// <summary>Folder of theme files, one Markdown file per theme; the file name is the theme's slug.</summary>
    public const string ThemesFolder = "themes";

    /// <summary>Folder of reviews, one folder per review; the folder name is the review's slug.</summary>
    public const string ReviewsFolder = "reviews";

    /// <summary>The review's metadata and introduction, inside its folder.</summary>
    public const string ReviewFile = "review.md";

    /// <summary>Folder of a review's key findings, one Markdown file per finding.</summary>
    public const string FindingsFolder = "findings";

    /// <summary>The heading that starts a finding's key takeaway.</summary>
    public const string TakeawayHeading = "Key takeaway";

    /// <summary>Groups of words and phrases that mean the same thing in searches.</summary>
    public const string SynonymsFile = "search/synonyms.yml";

    /// <summary>
    /// The review field that keeps a review unpublished (<c>draft: true</c>): the site shows it only where
    /// Content:ShowDrafts is set, marked as a draft. Deleting the line publishes it.
    /// </summary>
    public const string DraftField = "draft";

    /// <summary>
    /// The finding field (<c>themes-suggested: true</c>) that says its themes were suggested by the <c>draft</c>
    /// verb and not yet confirmed by an editor; <c>check</c> reports it until the line is deleted.
    /// </summary>
    public const string ThemesSuggestedField = "themes-suggested";

    /// <summary>Notes for editors, ignored by the site wherever they are.</summary>
    public const string ReadmeFile = "README.md";
}
