using System.Security.Cryptography;
using System.Text;
using Markdig.Syntax;

namespace LpipEvidence.Content;

/// <summary>
/// Reads a content folder (see <see cref="ContentLayout"/>) and validates all of it, reporting every problem
/// at once. Pure: it reads files and returns values; it never throws for bad content.
/// </summary>
public static class ContentReader
{
    private const int MaxThemesPerFinding = 3;

    /// <summary>
    /// Marks the message of an error that stands in for an unexpected exception while a file was read, so that a
    /// defect in the reader still gives a located error (and the site stays up) and tests can tell such errors apart.
    /// </summary>
    internal const string UnexpectedErrorPrefix = "unexpected problem reading this file";

    /// <summary>The start of the error of a folder with no review at all.</summary>
    internal const string NoReviewsMessage = "there are no reviews";

    /// <summary>
    /// Reads and validates the content folder at <paramref name="root"/> within <paramref name="limits"/>; change notes
    /// may not be dated after <paramref name="today"/> (default: today in UTC).
    /// </summary>
    public static ContentReadResult Read(string root, ContentLimits? limits = null, DateOnly? today = null)
    {
        var errors = new List<ContentError>();
        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(".", 1, 1, $"the content folder '{root}' does not exist"));
            return new ContentReadResult(null, errors, "");
        }
        limits ??= ContentLimits.Default;
        var snapshot = ContentFileSystem.Load(root, limits, errors);
        return Read(snapshot, limits, errors, today);
    }

    /// <summary>Validates content files already loaded (see <see cref="ContentFileSystem"/>), adding to <paramref name="errors"/>.</summary>
    internal static ContentReadResult Read(ContentSnapshot snapshot, ContentLimits limits, List<ContentError>? errors = null, DateOnly? today = null)
    {
        errors ??= [];
        // The errors already here are those of loading the files (a limit that stopped the read, a refused link, an
        // unreadable file): they come first, because a file not read causes errors further on (the findings of a
        // theme file never read name an unknown theme), and the cause must be the first thing an editor reads.
        var loading = errors.Count;
        var now = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var themeFiles = new List<SourceFile>();
        var reviewFiles = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        SourceFile? synonymsFile = null;
        var findingFiles = new Dictionary<string, List<SourceFile>>(StringComparer.Ordinal);
        var definedThemes = new HashSet<string>(StringComparer.Ordinal);
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        foreach (var (relative, bytes) in snapshot.Files)
        {
            var kind = Classify(relative, out var reviewSlug);
            if (kind == FileKind.Ignored) continue;
            if (kind == FileKind.Misplaced)
            {
                errors.Add(new ContentError(relative, 1, 1,
                    "this Markdown file is not in a place the site reads: themes go in themes/, a review's metadata in reviews/<review>/review.md, findings in reviews/<review>/findings/"));
                continue;
            }

            if (kind == FileKind.Theme) definedThemes.Add(Path.GetFileNameWithoutExtension(relative));
            hash.AppendData(Encoding.UTF8.GetBytes(relative));
            hash.AppendData([0]);
            hash.AppendData(bytes);
            hash.AppendData([0]);

            var file = SourceFile.Decode(relative, bytes, errors, limits.MaxLineLength);
            if (file is null) continue;
            switch (kind)
            {
                case FileKind.Theme: themeFiles.Add(file); break;
                case FileKind.Synonyms: synonymsFile = file; break;
                case FileKind.Review: reviewFiles[reviewSlug!] = file; break;
                case FileKind.Finding:
                    if (!findingFiles.TryGetValue(reviewSlug!, out var list)) findingFiles[reviewSlug!] = list = [];
                    list.Add(file);
                    break;
            }
        }

        var themes = themeFiles.Select(f => Guard(f, errors, () => ReadTheme(f, now, errors))).OfType<ThemeContent>()
            .OrderBy(t => t.Order).ThenBy(t => t.Title, StringComparer.Ordinal).ToList();
        // Every theme file counts as defined, even a broken one, so that one bad theme file gives one error
        // rather than one more for each finding that uses it.
        var themeSlugs = definedThemes;

        var reviewSlugs = snapshot.ReviewFolders;

        var findingSlugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var reviews = new List<ReviewContent>();
        foreach (var slug in reviewSlugs)
        {
            var folder = $"{ContentLayout.ReviewsFolder}/{slug}";
            if (!Slug.IsValid(slug))
            {
                errors.Add(new ContentError(folder, 1, 1,
                    $"review folder name '{slug}' must be a slug: lower-case words joined by hyphens, e.g. 'innovation'"));
                continue;
            }
            if (!reviewFiles.TryGetValue(slug, out var reviewFile))
            {
                errors.Add(new ContentError(folder, 1, 1,
                    $"review folder '{slug}' has no review metadata: add {folder}/{ContentLayout.ReviewFile} with the review's front matter and introduction"));
                continue;
            }

            var findings = (findingFiles.GetValueOrDefault(slug) ?? [])
                .Select(f => Guard(f, errors, () => ReadFinding(f, slug, themeSlugs, findingSlugs, now, errors))).OfType<FindingContent>()
                .OrderBy(f => f.Order).ThenBy(f => f.Slug, StringComparer.Ordinal).ToList();
            var review = Guard(reviewFile, errors, () => ReadReview(reviewFile, slug, findings, now, errors));
            if (review is not null) reviews.Add(review);
        }

        if (reviewSlugs.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ContentError(ContentLayout.ReviewsFolder, 1, 1,
                $"{NoReviewsMessage}: add a folder {ContentLayout.ReviewsFolder}/<review>/ with {ContentLayout.ReviewFile}"));
        }

        var synonyms = synonymsFile is null ? [] : Guard(synonymsFile, errors, () => SynonymsReader.Read(synonymsFile, errors)) ?? [];
        var digest = Convert.ToHexStringLower(hash.GetHashAndReset());
        var sorted = InPathOrder(errors.Take(loading)).Concat(InPathOrder(errors.Skip(loading))).ToList();
        return sorted.Count == 0
            ? new ContentReadResult(new ContentSet(reviews, themes, digest, synonyms), sorted, digest) { FileCount = snapshot.Files.Count, Themes = themes }
            : new ContentReadResult(null, sorted, digest) { FileCount = snapshot.Files.Count, Themes = themes };
    }

    private static IEnumerable<ContentError> InPathOrder(IEnumerable<ContentError> errors) =>
        errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column);

    private enum FileKind { Ignored, Misplaced, Theme, Review, Finding, Synonyms }

    /// <summary>
    /// Runs the reading of one file so that whatever goes wrong becomes a located error on that file: the site and
    /// the command line must never stop on content. The specific checks report real problems precisely; this is the
    /// net under them.
    /// </summary>
    private static T? Guard<T>(SourceFile file, List<ContentError> errors, Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            errors.Add(new ContentError(file.Path, 1, 1, $"{UnexpectedErrorPrefix} ({ex.GetType().Name}: {ex.Message}); check its front matter and Markdown"));
            return null;
        }
    }

    private static FileKind Classify(string relative, out string? reviewSlug)
    {
        reviewSlug = null;
        var parts = relative.Split('/');
        var name = parts[^1];
        if (relative == ContentLayout.SynonymsFile) return FileKind.Synonyms;
        if (!name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return FileKind.Ignored;
        if (name.Equals(ContentLayout.ReadmeFile, StringComparison.OrdinalIgnoreCase)) return FileKind.Ignored;

        if (parts is [ContentLayout.ThemesFolder, _]) return FileKind.Theme;
        if (parts is [ContentLayout.ReviewsFolder, var review, ContentLayout.ReviewFile])
        {
            reviewSlug = review;
            return FileKind.Review;
        }
        if (parts is [ContentLayout.ReviewsFolder, var owner, ContentLayout.FindingsFolder, _])
        {
            reviewSlug = owner;
            return FileKind.Finding;
        }
        return FileKind.Misplaced;
    }

    private static ThemeContent? ReadTheme(SourceFile file, DateOnly today, List<ContentError> errors)
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
        var changes = fm.ChangeNotes(today, earliest: null);
        fm.RejectUnknownFields();

        var body = fm.ParseBody();
        fm.RejectUnsafeLinks(body, fm.BodyLine);
        if (string.IsNullOrWhiteSpace(fm.Body))
        {
            fm.Report(new ContentError(file.Path, fm.BodyLine, 1, "the theme has no description: write one paragraph after the front matter"));
        }

        if (errors.Count > before || title is null || fm.Render(fm.Body, fm.BodyLine) is not { } description) return null;
        return new ThemeContent
        {
            Slug = slug,
            SourcePath = file.Path,
            Title = title,
            Order = order ?? int.MaxValue,
            Description = description,
            Changes = changes,
        };
    }

    private static ReviewContent? ReadReview(SourceFile file, string slug, List<FindingContent> findings, DateOnly today, List<ContentError> errors)
    {
        var before = errors.Count;
        var fm = FrontMatter.Parse(file, errors);
        if (fm is null) return null;

        var title = fm.RequiredString("title");
        var subtitle = fm.OptionalString("subtitle");
        var authors = ReadAuthors(fm);
        var publisher = fm.RequiredString("publisher");
        var published = ReadPublished(fm);
        var licence = ReadLicence(fm);
        var citation = fm.RequiredString("citation");
        var source = ReadUrl(fm, "source");
        var programmeTheme = fm.RequiredString("programme-theme");
        var draft = fm.Boolean(ContentLayout.DraftField);
        var publishedOn = published is { } month ? new DateOnly(month.Year, month.Month, 1) : (DateOnly?)null;
        var changes = fm.ChangeNotes(today, publishedOn);
        fm.RejectUnknownFields();
        if (publishedOn is { } first)
        {
            // The findings were read first, without the review's date.
            foreach (var finding in findings)
            {
                foreach (var note in finding.Changes.Where(n => n.Date < first))
                {
                    fm.Report(new ContentError(finding.SourcePath, note.Line, 1,
                        $"the change dated {note.Date:yyyy-MM-dd} is before the review was published ({first:yyyy-MM}): a change comes after publication"));
                }
            }
        }

        var body = fm.ParseBody();
        fm.RejectUnsafeLinks(body, fm.BodyLine);
        if (string.IsNullOrWhiteSpace(fm.Body))
        {
            fm.Report(new ContentError(file.Path, fm.BodyLine, 1,
                "the review has no introduction: write its aim and who it is for after the front matter"));
        }
        if (findings.Count == 0 && errors.Count == before)
        {
            fm.Report(fm.ErrorAtTop($"the review has no findings: add them as Markdown files in {ContentLayout.ReviewsFolder}/{slug}/{ContentLayout.FindingsFolder}/"));
        }

        if (errors.Count > before || fm.Render(fm.Body, fm.BodyLine) is not { } introduction) return null;
        return new ReviewContent
        {
            Slug = slug,
            SourcePath = file.Path,
            Title = title!,
            Subtitle = subtitle,
            Authors = authors!,
            Publisher = publisher!,
            Published = published!.Value,
            Licence = licence!,
            Citation = citation!,
            SourceUrl = source!,
            ProgrammeTheme = programmeTheme!,
            IsDraft = draft,
            Introduction = introduction,
            Changes = changes,
            Findings = findings,
        };
    }

    private static List<Author>? ReadAuthors(FrontMatter fm)
    {
        var entries = fm.MappingList("authors");
        if (entries is null) return null;
        var authors = new List<Author>();
        foreach (var entry in entries)
        {
            fm.RejectUnknown(entry, "authors", "given", "family", "title");
            var given = fm.Field(entry, "authors", "given", required: true);
            var family = fm.Field(entry, "authors", "family", required: true);
            var honorific = fm.Field(entry, "authors", "title", required: false);
            if (given is not null && family is not null) authors.Add(new Author(given, family, honorific));
        }
        return authors;
    }

    private static PublicationMonth? ReadPublished(FrontMatter fm)
    {
        var field = fm.RequiredStringWithNode("published");
        if (field is null) return null;
        if (PublicationMonth.TryParse(field.Value.Value, out var month)) return month;
        fm.Report(fm.ErrorAt(field.Value.Node, $"field 'published' must be a year and month such as 2024-10, not '{field.Value.Value}'"));
        return null;
    }

    private static Licence? ReadLicence(FrontMatter fm)
    {
        var group = fm.Mapping("licence");
        if (group is null) return null;
        fm.RejectUnknown(group, "licence", "name", "code", "url");
        var name = fm.Field(group, "licence", "name", required: true);
        var code = fm.Field(group, "licence", "code", required: true);
        var url = fm.Field(group, "licence", "url", required: false);
        if (url is not null && !IsWebAddress(url))
        {
            fm.Report(fm.ErrorAt(group, $"'licence' url must be an absolute http or https address without spaces, such as https://example.org/licence, not '{url}'"));
            return null;
        }
        return name is null || code is null ? null : new Licence(name, code, url);
    }

    private static string? ReadUrl(FrontMatter fm, string key)
    {
        var field = fm.RequiredStringWithNode(key);
        if (field is null) return null;
        if (IsWebAddress(field.Value.Value)) return field.Value.Value;
        fm.Report(fm.ErrorAt(field.Value.Node, $"field '{key}' must be an absolute http or https address without spaces, such as https://example.org/report, not '{field.Value.Value}'"));
        return null;
    }

    /// <summary>
    /// An absolute http or https address with a host and no white space or control characters: what a reader can
    /// click in print and on screen. <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> alone would accept
    /// "https://example.org/a report" and "http:/path".
    /// </summary>
    internal static bool IsWebAddress(string value) =>
        !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host)
        && value.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);

    private static FindingContent? ReadFinding(SourceFile file, string reviewSlug, IReadOnlySet<string> themeSlugs,
        Dictionary<string, string> findingSlugs, DateOnly today, List<ContentError> errors)
    {
        var before = errors.Count;
        var fm = FrontMatter.Parse(file, errors);
        if (fm is null) return null;

        var title = fm.RequiredStringWithNode("title");
        var explicitSlug = fm.OptionalStringWithNode("slug");
        var order = fm.Integer("order", required: true);
        var themes = ReadFindingThemes(fm, themeSlugs);
        var themesSuggested = fm.Boolean(ContentLayout.ThemesSuggestedField);
        var changes = fm.ChangeNotes(today, earliest: null);
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

        if (!string.IsNullOrEmpty(slug))
        {
            if (findingSlugs.TryGetValue(slug, out var other))
            {
                var node = explicitSlug?.Node ?? title!.Value.Node;
                fm.Report(fm.ErrorAt(node, $"duplicate slug '{slug}': {other} already uses it; change the title or set a different 'slug'"));
            }
            else
            {
                findingSlugs[slug] = file.Path;
            }
        }

        var (text, takeaway) = SplitTakeaway(fm, file.Path);
        if (errors.Count > before || title is null || slug is null || order is null || themes is null) return null;
        if (fm.Render(text!, fm.BodyLine) is not { } bodyText || fm.Render(takeaway!, fm.BodyLine) is not { } takeawayText) return null;
        return new FindingContent
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
        };
    }

    private static List<string>? ReadFindingThemes(FrontMatter fm, IReadOnlySet<string> themeSlugs)
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

    /// <summary>Splits a finding body at its "## Key takeaway" heading.</summary>
    private static (string? Text, string? Takeaway) SplitTakeaway(FrontMatter fm, string path)
    {
        var body = fm.Body;
        var document = fm.ParseBody();
        if (document is null) return (null, null);
        fm.RejectUnsafeLinks(document, fm.BodyLine);

        var candidates = document.Descendants<LeafBlock>()
            .Where(b => b is HeadingBlock or ParagraphBlock)
            .Where(b => string.Equals(Heading(body, b), ContentLayout.TakeawayHeading, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var headings = candidates.OfType<HeadingBlock>().Where(h => h.Level == 2).ToList();

        if (headings.Count == 0)
        {
            var near = candidates.FirstOrDefault();
            var line = near is null ? fm.BodyLine : fm.BodyLine + near.Line;
            var hint = near is null ? "" : " (found 'Key takeaway' here, but not as a level-2 heading)";
            fm.Report(new ContentError(path, line, 1,
                $"the finding has no key takeaway{hint}: add a line '## {ContentLayout.TakeawayHeading}' followed by the takeaway"));
            return (null, null);
        }
        if (headings.Count > 1)
        {
            fm.Report(new ContentError(path, fm.BodyLine + headings[1].Line, 1, "the finding has more than one key takeaway heading"));
            return (null, null);
        }

        var heading = headings[0];
        var text = body[..heading.Span.Start];
        var takeaway = heading.Span.End + 1 < body.Length ? body[(heading.Span.End + 1)..] : "";
        if (string.IsNullOrWhiteSpace(text))
        {
            fm.Report(new ContentError(path, fm.BodyLine, 1, $"the finding text is missing: write it before '## {ContentLayout.TakeawayHeading}'"));
        }
        if (string.IsNullOrWhiteSpace(takeaway))
        {
            fm.Report(new ContentError(path, fm.BodyLine + heading.Line, 1, "the key takeaway is empty: write it after the heading"));
        }
        return (text, takeaway);
    }

    private static string Heading(string body, LeafBlock block)
    {
        var end = Math.Min(body.Length - 1, block.Span.End);
        return block.Span.Start > end ? "" : body[block.Span.Start..(end + 1)].Trim().TrimStart('#').Trim().TrimEnd('#').Trim().TrimEnd(':');
    }
}
