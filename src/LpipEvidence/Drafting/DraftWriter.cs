using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LpipEvidence.Content;

namespace LpipEvidence.Drafting;

/// <summary>
/// Writes a <see cref="ReviewDraft"/> into a content folder in the authoring format: <c>reviews/&lt;slug&gt;/review.md</c>
/// with <c>draft: true</c>, and <c>findings/NN-&lt;slug&gt;.md</c> with suggested themes marked <c>themes-suggested: true</c>.
/// It never overwrites: an existing review folder is an error and nothing is written.
/// </summary>
public static partial class DraftWriter
{
    /// <summary>What was written, as paths relative to the content folder, and what the editor must check.</summary>
    public sealed record Result(string ReviewSlug, IReadOnlyList<string> Files, IReadOnlyList<string> Checks);

    /// <summary>
    /// Writes <paramref name="draft"/> under <paramref name="contentRoot"/>, suggesting themes from <paramref name="themes"/>
    /// and keeping clear of the addresses of <paramref name="findingSlugs"/> (the folder's as it is), or throws
    /// <see cref="DraftException"/> having written nothing.
    /// </summary>
    /// <remarks>With <paramref name="meaning"/> (search's text embedder) themes are suggested by meaning, else by words.</remarks>
    public static Result Write(string contentRoot, IReadOnlyList<ThemeContent> themes, IEnumerable<string> findingSlugs, ReviewDraft draft,
        Search.Meaning.ITextEmbedder? meaning = null)
    {
        var slug = Slug.FromTitle(draft.ProgrammeTheme);
        if (slug.Length == 0) throw new DraftException($"the programme theme '{draft.ProgrammeTheme}' gives no folder name");
        var relativeFolder = $"{ContentLayout.ReviewsFolder}/{slug}";
        var folder = Path.Combine(contentRoot, ContentLayout.ReviewsFolder, slug);
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            throw new DraftException($"{relativeFolder} already exists; draft never overwrites a review: move or delete that folder first, or draft into another content folder with --content");
        }

        var checks = new List<string>(draft.Checks);
        var taken = findingSlugs.ToHashSet(StringComparer.Ordinal);
        var files = new List<(string Path, string Text)>();
        foreach (var finding in draft.Findings)
        {
            var findingSlug = Slug.FromTitle(finding.Title);
            string? pinned = null;
            if (taken.Contains(findingSlug))
            {
                pinned = $"{findingSlug}-{slug}";
                checks.Add($"finding {finding.Order}: another review has a finding at /findings/{findingSlug}, so this one is pinned to /findings/{pinned} with 'slug'");
            }
            taken.Add(pinned ?? findingSlug);
            IReadOnlyList<string> suggested;
            try
            {
                suggested = ThemeSuggester.Suggest(themes, finding, meaning);
            }
            catch (Exception ex) when (meaning is not null && ex is not OutOfMemoryException)
            {
                // The model could not run here: words still give suggestions.
                meaning = null;
                suggested = ThemeSuggester.Suggest(themes, finding);
            }
            files.Add(($"{relativeFolder}/{ContentLayout.FindingsFolder}/{finding.Order:D2}-{findingSlug}.md", FindingFile(finding, pinned, suggested)));
        }
        checks.Add($"themes: each finding's themes are suggestions from the existing themes, {(meaning is null ? "by the words they share" : "by meaning")}; keep those that fit (1 to 3), then delete its line '{ContentLayout.ThemesSuggestedField}: true'");
        checks.Add($"draft: read every file against the PDF, preview with Content:ShowDrafts=true, then delete the line '{ContentLayout.DraftField}: true' in review.md to publish");

        try
        {
            Directory.CreateDirectory(Path.Combine(folder, ContentLayout.FindingsFolder));
            // The review file last: a running site's watcher then never sees findings without their review for long,
            // and a draft review is not published anyway.
            foreach (var (path, text) in files) File.WriteAllText(Path.Combine(contentRoot, path), text, new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(folder, ContentLayout.ReviewFile), ReviewFile(draft), new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw new DraftException($"could not write {relativeFolder} ({ex.Message}); nothing was kept");
        }
        return new Result(slug, [$"{relativeFolder}/{ContentLayout.ReviewFile}", .. files.Select(f => f.Path)], checks);
    }

    /// <summary>review.md: front matter in the order docs/authoring.md shows, then the introduction.</summary>
    internal static string ReviewFile(ReviewDraft draft)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"{ContentLayout.DraftField}: true\n");
        text.Append(CultureInfo.InvariantCulture, $"title: {Scalar(draft.Title)}\n");
        text.Append(CultureInfo.InvariantCulture, $"subtitle: {Scalar(draft.Subtitle)}\n");
        text.Append("authors:\n");
        foreach (var author in draft.Authors)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - given: {Scalar(author.Given)}\n    family: {Scalar(author.Family)}\n");
            if (author.Honorific is { } honorific) text.Append(CultureInfo.InvariantCulture, $"    title: {Scalar(honorific)}\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"publisher: {Scalar(draft.Publisher)}\n");
        text.Append(CultureInfo.InvariantCulture, $"published: {draft.Published.ToIsoString()}\n");
        text.Append(CultureInfo.InvariantCulture, $"licence:\n  name: {Scalar(draft.Licence.Name)}\n  code: {Scalar(draft.Licence.Code)}\n");
        if (draft.Licence.Url is { } url) text.Append(CultureInfo.InvariantCulture, $"  url: {Scalar(url)}\n");
        text.Append(CultureInfo.InvariantCulture, $"citation: {Quoted(draft.Citation)}\n");
        text.Append(CultureInfo.InvariantCulture, $"source: {Scalar(draft.SourceUrl)}\n");
        text.Append(CultureInfo.InvariantCulture, $"programme-theme: {Scalar(draft.ProgrammeTheme)}\n");
        text.Append("---\n");
        text.Append(draft.Introduction).Append('\n');
        return text.ToString();
    }

    /// <summary>A finding's file: title, order, suggested themes, then its text and key takeaway.</summary>
    internal static string FindingFile(FindingDraft finding, string? slug, IReadOnlyList<string> themes)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"title: {Scalar(finding.Title)}\n");
        if (slug is not null) text.Append(CultureInfo.InvariantCulture, $"slug: {slug}\n");
        text.Append(CultureInfo.InvariantCulture, $"order: {finding.Order}\n");
        text.Append(CultureInfo.InvariantCulture, $"{ContentLayout.ThemesSuggestedField}: true\n");
        text.Append("themes:\n");
        foreach (var theme in themes) text.Append(CultureInfo.InvariantCulture, $"  - {theme}\n");
        text.Append("---\n");
        text.Append(finding.Text).Append("\n\n## ").Append(ContentLayout.TakeawayHeading).Append("\n\n").Append(finding.Takeaway).Append('\n');
        return text.ToString();
    }

    /// <summary>A YAML scalar: plain where YAML reads it back as the same string, double-quoted otherwise.</summary>
    internal static string Scalar(string value) => PlainSafe().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':') && !ReservedPlain().IsMatch(value)
        ? value
        : Quoted(value);

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^[A-Za-z(][^\n\r\t""'`{}\[\]&*!|>%@]*$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^(true|false|yes|no|on|off|null|~)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedPlain();
}
