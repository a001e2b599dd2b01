using System.Globalization;
using CsvHelper;
using LpipEvidence.Catalog;

namespace LpipEvidence.OpenData;

/// <summary>
/// The evidence map as CSV, laid out as the page's table: a row per theme (A to Z), a column per review (by programme
/// theme, then date), each cell the number of findings (0 for a gap), and a last column for all reviews. Written as
/// the findings download is (<see cref="FindingsCsv"/>): UTF-8 with a byte-order mark, every field quoted, CRLF, cells
/// that a spreadsheet would take for a formula neutralised.
/// </summary>
public static class EvidenceMapCsv
{
    /// <summary>The media type of the download.</summary>
    public const string MediaType = FindingsCsv.MediaType;

    /// <summary>The header of the first column, which holds each theme's title.</summary>
    public const string ThemeColumn = "Theme";

    /// <summary>The header of the last column, the findings of all reviews on each theme.</summary>
    public const string TotalColumn = "All reviews";

    /// <summary>Writes the header row (the reviews' titles) and one row per theme.</summary>
    public static async Task WriteAsync(Stream stream, EvidenceMap map, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(map);
        var options = new CsvWriterOptions { NewLine = "\r\n", Quoting = CsvQuoting.Always, WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader([ThemeColumn, .. map.Reviews.Select(r => $"{r.Title} ({r.Published})"), TotalColumn]);
        foreach (var theme in map.Themes)
        {
            csv.WriteField(theme.Title);
            foreach (var review in map.Reviews) csv.WriteField(map.Count(theme.Slug, review.Slug).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(map.Reviews.Sum(r => map.Count(theme.Slug, r.Slug)).ToString(CultureInfo.InvariantCulture));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}
