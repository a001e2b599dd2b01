using System.Globalization;
using CsvHelper;

namespace LpipEvidence.OpenData;

/// <summary>
/// Every finding as CSV (RFC 4180): UTF-8 with a byte-order mark, so Excel reads the accents and dashes right; a
/// header row; every field quoted; CRLF between records. Each row carries its review's citation and licence, so a
/// row copied out of the file still says where it comes from and on what terms. A cell that a spreadsheet would
/// take for a formula (it starts with = + - @, a tab or a carriage return) is neutralised with a leading
/// apostrophe; the JSON download has the exact text.
/// </summary>
public static class FindingsCsv
{
    /// <summary>The media type of the download.</summary>
    public const string MediaType = "text/csv; charset=utf-8; header=present";

    /// <summary>The columns, in order; the Data page lists them with their descriptions.</summary>
    public static IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("finding_slug", "The finding's stable identifier, the last part of its address.", f => f.Slug),
        new("finding_title", "The finding's title.", f => f.Title),
        new("finding_order", "Its place among its review's key findings (1 is the first).", f => f.Order.ToString(CultureInfo.InvariantCulture)),
        new("finding_url", "The address of its page on this site.", f => f.Url),
        new("key_takeaway", "Its key takeaway, as plain text.", f => f.Takeaway),
        new("finding_text", "Its text, as plain text on one line (the JSON also has it as HTML, with its paragraphs).", f => f.Text),
        new("theme_slugs", "The identifiers of its themes, separated by \"; \".", f => string.Join("; ", f.Themes.Select(t => t.Slug))),
        new("theme_titles", "The titles of its themes, in the same order, separated by \"; \".", f => string.Join("; ", f.Themes.Select(t => t.Title))),
        new("review_slug", "The identifier of the review it comes from.", f => f.Review.Slug),
        new("review_title", "The title of that review.", f => f.Review.Title),
        new("review_url", "The address of the review's page on this site.", f => f.Review.Url),
        new("published", "When the review was published (YYYY-MM).", f => f.Published),
        new("last_updated", "The date of the finding's newest change note (YYYY-MM-DD), or empty when it has none.",
            f => f.LastUpdated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        new("change_notes", "Its change notes, newest first, one per line as \"YYYY-MM-DD: note\".",
            f => string.Join("\n", f.Changes.Select(c => c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ": " + c.Note))),
        new("citation", "How to cite the review: its own Harvard citation.", f => f.Citation.Harvard),
        new("licence", "The licence the review's words are reproduced under: name and code.", f => f.Licence.Label),
        new("licence_url", "Where the licence's text is, or empty.", f => f.Licence.Url ?? ""),
        new("attribution", "The sentence to reproduce with the words: source, licence and what it allows.", f => f.Attribution),
    ];

    /// <summary>Writes the header and one row per finding, as they come, never blocking on the stream.</summary>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<FindingData> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(findings);
        var options = new CsvWriterOptions
        {
            NewLine = "\r\n",
            Quoting = CsvQuoting.Always,
            WriteByteOrderMark = true,
            // CsvHelper puts an apostrophe (InjectionEscape) before text starting with = @ + -, tab or CR (OWASP's list).
            Injection = CsvInjection.Escape,
        };
        await using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader(Columns.Select(c => c.Name).ToArray());
        await foreach (var finding in findings.WithCancellation(cancellationToken))
        {
            foreach (var column in Columns) csv.WriteField(column.Value(finding));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}
