namespace LpipEvidence.Content;

/// <summary>
/// Reads and checks a review's metadata file (<c>reviews/&lt;slug&gt;/review.md</c>): its credit (authors, publisher,
/// date, licence, citation, source) and introduction, with the findings already read from its folder.
/// </summary>
internal static class ReviewReader
{
    /// <summary>The review in <paramref name="file"/>, or null after adding its problems to <paramref name="errors"/>.</summary>
    public static ReviewContent? Read(SourceFile file, string slug, List<FindingContent> findings, DateOnly today, List<ContentError> errors)
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
        var changes = ChangeNotesReader.Read(fm, today, publishedOn);
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

        fm.Body.RejectUnsafeLinks(errors);
        if (string.IsNullOrWhiteSpace(fm.Body.Text))
        {
            fm.Report(new ContentError(file.Path, fm.Body.Line, 1,
                "the review has no introduction: write its aim and who it is for after the front matter"));
        }
        if (findings.Count == 0 && errors.Count == before)
        {
            fm.Report(fm.ErrorAtTop($"the review has no findings: add them as Markdown files in {ContentLayout.ReviewsFolder}/{slug}/{ContentLayout.FindingsFolder}/"));
        }

        if (errors.Count > before || fm.Body.Render(errors) is not { } rendered) return null;
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
            Introduction = rendered,
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
}
