using Markdig.Syntax;

namespace LpipEvidence.Content;

/// <summary>
/// Reads and checks one finding file (<c>reviews/&lt;review&gt;/findings/*.md</c>): title, slug, order, themes, and a
/// body split at its "## Key takeaway" heading into the finding's text and its takeaway.
/// </summary>
internal static class FindingReader
{
    private const int MaxThemesPerFinding = 3;

    /// <summary>
    /// Reads <paramref name="file"/> on its own, adding its problems to <paramref name="errors"/> (the file's own list):
    /// everything but the one check across files, its slug against the others' (<see cref="Claim"/>). Safe to run for
    /// many files at once.
    /// </summary>
    public static ParsedFinding? Parse(SourceFile file, string reviewSlug, IReadOnlySet<string> themeSlugs, DateOnly today,
        List<ContentError> errors)
    {
        var fm = FrontMatter.Parse(file, errors);
        if (fm is null) return null;

        var title = fm.RequiredStringWithNode("title");
        var explicitSlug = fm.OptionalStringWithNode("slug");
        var order = fm.Integer("order", required: true);
        var themes = ReadThemes(fm, themeSlugs);
        var themesSuggested = fm.Boolean(ContentLayout.ThemesSuggestedField);
        var changes = ChangeNotesReader.Read(fm, today, earliest: null);
        fm.RejectUnknownFields();

        string? slug = null;
        if (explicitSlug is { } pinned)
        {
            if (Slug.IsValid(pinned.Value)) slug = pinned.Value;
            else fm.Report(fm.ErrorAt(pinned.Node, $"field 'slug' must be lower-case words joined by hyphens, not '{pinned.Value}'"));
        }
        else if (title is { } t)
        {
            slug = Slug.FromTitle(t.Value);
            if (slug.Length == 0) fm.Report(fm.ErrorAt(t.Node, "the title must contain letters or digits to make a URL from"));
        }

        // Where a duplicate of this slug is reported, once the other files are known.
        var slugAt = string.IsNullOrEmpty(slug) ? null : fm.ErrorAt(explicitSlug?.Node ?? title!.Value.Node, "");

        fm.Body.RejectUnsafeLinks(errors);
        var heading = TakeawayHeading(fm, file.Path);
        if (errors.Count > 0 || title is null || slug is null || order is null || themes is null || heading is null) return new ParsedFinding(null, slug, slugAt);
        if (Split(fm.Body, heading, errors, file) is not var (bodyText, takeawayText)) return new ParsedFinding(null, slug, slugAt);
        return new ParsedFinding(new FindingContent
        {
            Slug = slug,
            SourcePath = file.Path,
            ReviewSlug = reviewSlug,
            Title = title.Value.Value,
            Order = order.Value,
            Themes = themes,
            ThemesSuggested = themesSuggested,
            Body = bodyText,
            Takeaway = takeawayText,
            Changes = changes,
        }, slug, slugAt);
    }

    /// <summary>
    /// The finding <paramref name="parsed"/> from <paramref name="file"/>, or null when it has problems: its own
    /// (<paramref name="fileErrors"/>, added to <paramref name="errors"/>) or a slug another file took first.
    /// <paramref name="findingSlugs"/> holds the slugs taken so far and the files that took them; files are claimed one
    /// at a time, in the order the site reads them, so the first file with a slug keeps it.
    /// </summary>
    public static FindingContent? Claim(SourceFile file, ParsedFinding? parsed, List<ContentError> fileErrors,
        Dictionary<string, string> findingSlugs, List<ContentError> errors)
    {
        errors.AddRange(fileErrors);
        if (parsed is null) return null;
        if (parsed is { Slug: { Length: > 0 } slug, SlugAt: { } slugAt })
        {
            if (findingSlugs.TryGetValue(slug, out var other))
            {
                errors.Add(slugAt with { Message = $"duplicate slug '{slug}': {other} already uses it; change the title or set a different 'slug'" });
                return null;
            }
            findingSlugs[slug] = file.Path;
        }
        return fileErrors.Count == 0 ? parsed.Finding : null;
    }

    private static List<string>? ReadThemes(FrontMatter fm, IReadOnlySet<string> themeSlugs)
    {
        var items = fm.StringList("themes", required: true);
        if (items is null) return null;
        if (items.Count is 0 or > MaxThemesPerFinding)
        {
            fm.Report(fm.ErrorAtTop($"a finding needs 1 to {MaxThemesPerFinding} themes; this one lists {items.Count}"));
            return null;
        }
        var result = new List<string>();
        foreach (var (value, node) in items)
        {
            if (!themeSlugs.Contains(value))
            {
                var known = themeSlugs.Count == 0 ? "none are defined yet in themes/" : string.Join(", ", themeSlugs.Order(StringComparer.Ordinal));
                fm.Report(fm.ErrorAt(node, $"unknown theme '{value}' (known themes: {known})"));
            }
            else if (result.Contains(value))
            {
                fm.Report(fm.ErrorAt(node, $"theme '{value}' is listed twice"));
            }
            else
            {
                result.Add(value);
            }
        }
        return result;
    }

    /// <summary>The body's one "## Key takeaway" heading with text before and after it, or null after reporting why not.</summary>
    private static HeadingBlock? TakeawayHeading(FrontMatter fm, string path)
    {
        var body = fm.Body;
        var candidates = body.Document.Descendants<LeafBlock>()
            .Where(b => b is HeadingBlock or ParagraphBlock)
            .Where(b => string.Equals(body.WordsOf(b), ContentLayout.TakeawayHeading, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var headings = candidates.OfType<HeadingBlock>().Where(h => h.Level == 2).ToList();

        if (headings.Count == 0)
        {
            var near = candidates.FirstOrDefault();
            var line = near is null ? body.Line : near.Line + 1;
            var hint = near is null ? "" : " (found 'Key takeaway' here, but not as a level-2 heading)";
            fm.Report(new ContentError(path, line, 1,
                $"the finding has no key takeaway{hint}: add a line '## {ContentLayout.TakeawayHeading}' followed by the takeaway"));
            return null;
        }
        if (headings.Count > 1)
        {
            fm.Report(new ContentError(path, headings[1].Line + 1, 1, "the finding has more than one key takeaway heading"));
            return null;
        }

        var heading = headings[0];
        if (string.IsNullOrWhiteSpace(body.Slice(body.Start, heading.Span.Start)))
        {
            fm.Report(new ContentError(path, body.Line, 1, $"the finding text is missing: write it before '## {ContentLayout.TakeawayHeading}'"));
        }
        if (string.IsNullOrWhiteSpace(body.Slice(heading.Span.End + 1, int.MaxValue)))
        {
            fm.Report(new ContentError(path, heading.Line + 1, 1, "the key takeaway is empty: write it after the heading"));
        }
        return heading;
    }

    /// <summary>
    /// The finding's text (before the heading) and takeaway (after it), rendered from the blocks already parsed when
    /// the heading stands at the top level, as it does in every finding written as documented.
    /// </summary>
    private static (MarkdownText Text, MarkdownText Takeaway)? Split(ContentBody body, HeadingBlock heading, List<ContentError> errors, SourceFile file)
    {
        var text = body.Slice(body.Start, heading.Span.Start);
        var takeaway = body.Slice(heading.Span.End + 1, int.MaxValue);
        var index = IndexOf(body.Blocks, heading);
        IReadOnlyList<Block> before, after;
        if (index >= 0)
        {
            before = body.Blocks.Take(index).ToList();
            after = body.Blocks.Skip(index + 1).ToList();
        }
        else
        {
            // A heading inside a quote or a list cuts a block in two: each half is Markdown of its own.
            var line = heading.Line + 1;
            if (MarkdownRenderer.TryParse(file, text.Trim(), body.Line - 1, errors) is not { } first
                || MarkdownRenderer.TryParse(file, takeaway.Trim(), line - 1, errors) is not { } second) return null;
            (before, after) = (first.ToList(), second.ToList());
        }
        return body.Render(text, before, errors) is { } textHtml && body.Render(takeaway, after, errors) is { } takeawayHtml
            ? (textHtml, takeawayHtml)
            : null;
    }

    private static int IndexOf(IReadOnlyList<Block> blocks, Block block)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (ReferenceEquals(blocks[i], block)) return i;
        }
        return -1;
    }
}

/// <summary>
/// A finding file read on its own (<see cref="FindingReader.Parse"/>): the finding when the file had no problem of its
/// own, and its slug with where to report a duplicate of it.
/// </summary>
internal sealed record ParsedFinding(FindingContent? Finding, string? Slug, ContentError? SlugAt);
