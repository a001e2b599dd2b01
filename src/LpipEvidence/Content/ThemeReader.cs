namespace LpipEvidence.Content;

/// <summary>Reads and checks one theme file (<c>themes/&lt;slug&gt;.md</c>): a title, an order and a description.</summary>
internal static class ThemeReader
{
    /// <summary>The theme in <paramref name="file"/>, or null after adding its problems to <paramref name="errors"/>.</summary>
    public static ThemeContent? Read(SourceFile file, DateOnly today, List<ContentError> errors)
    {
        var before = errors.Count;
        var fm = FrontMatter.Parse(file, errors);
        if (fm is null) return null;

        var slug = Path.GetFileNameWithoutExtension(file.Path);
        if (!Slug.IsValid(slug))
        {
            fm.Report(fm.ErrorAtTop($"theme file name '{slug}.md' must be a slug: lower-case words joined by hyphens, e.g. 'skills-and-talent.md'"));
        }
        var title = fm.RequiredString("title");
        var order = fm.Integer("order", required: false);
        var changes = ChangeNotesReader.Read(fm, today, earliest: null);
        fm.RejectUnknownFields();

        fm.Body.RejectUnsafeLinks(errors);
        if (string.IsNullOrWhiteSpace(fm.Body.Text))
        {
            fm.Report(new ContentError(file.Path, fm.Body.Line, 1, "the theme has no description: write one paragraph after the front matter"));
        }

        if (errors.Count > before || title is null || fm.Body.Render(errors) is not { } rendered) return null;
        return new ThemeContent
        {
            Slug = slug,
            SourcePath = file.Path,
            Title = title,
            Order = order ?? int.MaxValue,
            Description = rendered,
            Changes = changes,
        };
    }
}
