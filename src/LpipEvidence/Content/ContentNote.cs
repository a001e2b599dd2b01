namespace LpipEvidence.Content;

/// <summary>
/// Something valid that an editor still has to act on before it is published, located like a
/// <see cref="ContentError"/> but reported as <c>path:line:column: note: message</c>: a draft review, or themes the
/// <c>draft</c> verb suggested that nobody has confirmed yet.
/// </summary>
public sealed record ContentNote(string Path, int Line, int Column, string Message)
{
    /// <summary>Formats the note with its path placed under <paramref name="root"/> (for example <c>content</c>).</summary>
    public string Format(string? root)
    {
        var path = string.IsNullOrEmpty(root) ? Path : $"{root.TrimEnd('/', '\\').Replace('\\', '/')}/{Path}";
        return $"{path}:{Line}:{Column}: note: {Message}";
    }

    /// <summary>The notes for valid content: each draft review, then each finding whose themes await confirmation.</summary>
    public static IReadOnlyList<ContentNote> For(ContentSet content) =>
    [
        .. content.Drafts.Select(r => new ContentNote(r.SourcePath, 1, 1,
            $"draft: '{r.Title}' is not published (nor its {r.Findings.Count} findings); delete the line '{ContentLayout.DraftField}: true' to publish it")),
        .. content.Findings.Where(f => f.ThemesSuggested).Select(f => new ContentNote(f.SourcePath, 1, 1,
            $"themes suggested, not yet confirmed: {string.Join(", ", f.Themes)}; keep the ones that fit (1 to 3 themes), then delete the line '{ContentLayout.ThemesSuggestedField}: true'")),
    ];
}
