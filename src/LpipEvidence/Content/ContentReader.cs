using System.Security.Cryptography;
using System.Text;

namespace LpipEvidence.Content;

/// <summary>
/// Reads a content folder (see <see cref="ContentLayout"/>) and validates all of it, reporting every problem
/// at once. Pure: it reads files and returns values; it never throws for bad content.
/// </summary>
public static class ContentReader
{
    /// <summary>
    /// Marks the message of an error that stands in for an unexpected exception while a file was read, so that a
    /// defect in the reader still gives a located error (and the site stays up) and tests can tell such errors apart.
    /// </summary>
    internal const string UnexpectedErrorPrefix = "unexpected problem reading this file";

    /// <summary>The start of the error of a folder with no review at all.</summary>
    internal const string NoReviewsMessage = "there are no reviews";

    /// <summary>
    /// Fewest finding files read on every core. A file takes about a quarter of a millisecond, so a smaller folder is
    /// read in a few milliseconds on the calling thread; spread over the thread pool it gained nothing and took the
    /// pool's threads from whatever else the process was doing (a search's query embedding waited 30 s behind the
    /// content tests' thousands of reads of a small folder).
    /// </summary>
    internal const int ParallelFrom = 64;

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

        var themes = themeFiles.Select(f => Guard(f, errors, () => ThemeReader.Read(f, now, errors))).OfType<ThemeContent>()
            .OrderBy(t => t.Order).ThenBy(t => t.Title, StringComparer.Ordinal).ToList();
        // Every theme file counts as defined, even a broken one, so that one bad theme file gives one error
        // rather than one more for each finding that uses it.
        var themeSlugs = definedThemes;

        var reviewSlugs = snapshot.ReviewFolders;

        var readable = new List<(string Slug, SourceFile File)>();
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
            readable.Add((slug, reviewFile));
        }

        // Each finding file is read on its own, on every core when there are enough of them (most of the work of reading
        // a large folder); then, one at a time in the order the site reads them, each claims its slug, so the first file
        // with a slug keeps it.
        var toRead = readable.SelectMany(r => (findingFiles.GetValueOrDefault(r.Slug) ?? []).Select(f => (Review: r.Slug, File: f))).ToList();
        var parsed = new (ParsedFinding? Finding, List<ContentError> Errors)[toRead.Count];
        void Parse(int i)
        {
            var (review, file) = toRead[i];
            var fileErrors = new List<ContentError>();
            parsed[i] = (Guard(file, fileErrors, () => FindingReader.Parse(file, review, themeSlugs, now, fileErrors)), fileErrors);
        }
        if (toRead.Count >= ParallelFrom) Parallel.For(0, toRead.Count, Parse);
        else for (var i = 0; i < toRead.Count; i++) Parse(i);
        var findingSlugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var findingsOf = readable.ToDictionary(r => r.Slug, _ => new List<FindingContent>(), StringComparer.Ordinal);
        for (var i = 0; i < toRead.Count; i++)
        {
            if (FindingReader.Claim(toRead[i].File, parsed[i].Finding, parsed[i].Errors, findingSlugs, errors) is { } read) findingsOf[toRead[i].Review].Add(read);
        }

        var reviews = new List<ReviewContent>();
        foreach (var (slug, reviewFile) in readable)
        {
            var findings = findingsOf[slug].OrderBy(f => f.Order).ThenBy(f => f.Slug, StringComparer.Ordinal).ToList();
            var review = Guard(reviewFile, errors, () => ReviewReader.Read(reviewFile, slug, findings, now, errors));
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
}
