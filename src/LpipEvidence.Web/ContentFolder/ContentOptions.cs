using LpipEvidence.Content;

namespace LpipEvidence.Web.ContentFolder;

/// <summary>Where the content lives and whether edits are picked up while the site runs. Section "Content".</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// The content folder. Relative paths are taken from the current directory. When empty, the nearest
    /// <c>content/</c> folder holding <c>reviews/</c> above the app is used: the repository's when run from it,
    /// the copy published next to the app otherwise.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>Re-import when a content file changes (default true), so editors see their change and its errors at once.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// The editors' preview (default false; true in Development, where editors run the site on their own copy):
    /// versions of a finding are named by their commit time and id, and saved edits not yet committed are offered as
    /// a version. Readers see versions named only by the day they were published.
    /// </summary>
    public bool EditorPreview { get; set; }

    /// <summary>
    /// Show draft reviews (<c>draft: true</c>) for an editor's local preview, each marked as a draft on its pages
    /// (default false: a draft is published nowhere). A store artifact never holds drafts.
    /// </summary>
    public bool ShowDrafts { get; set; }

    /// <summary>Bounds on file size, total size, file count, line length and folder depth (section Content:Limits).</summary>
    public ContentLimits Limits { get; set; } = new();
}
