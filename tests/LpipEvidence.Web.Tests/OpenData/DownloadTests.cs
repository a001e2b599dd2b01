using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using LpipEvidence.OpenData;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.OpenData;

/// <summary>
/// The bulk downloads, read back: the CSV by a CSV parser (every field of every finding, commas, quotes, line breaks
/// and formula-like text included), the JSON by a JSON parser; both state the licence and citation of every review.
/// </summary>
public sealed class DownloadTests(TrickyContentAppFactory app) : IClassFixture<TrickyContentAppFactory>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private async Task<byte[]> BytesAsync(string url, string mediaType)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<FindingsDownloadData> JsonDownloadAsync() =>
        JsonSerializer.Deserialize<FindingsDownloadData>(await BytesAsync(LpipEvidence.Addresses.SiteAddresses.FindingsJson, "application/json"), Web)!;

    /// <summary>Every record of the CSV as column name → value, parsed by CsvHelper.</summary>
    private static async Task<(IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows)> ParseCsvAsync(byte[] bytes)
    {
        await using var reader = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { Separator = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.Headers.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => reader.GetString(c.i), StringComparer.Ordinal));
        }
        return (reader.Headers.ToList(), rows);
    }

    /// <summary>What a spreadsheet-safe cell holds: the text, after an apostrophe when it starts like a formula.</summary>
    private static string Neutralised(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    [Fact]
    public async Task Csv_IsUtf8WithBom_QuotedAndCrlf()
    {
        var bytes = await BytesAsync(LpipEvidence.Addresses.SiteAddresses.FindingsCsv, "text/csv");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("\"finding_slug\",\"finding_title\",", text, StringComparison.Ordinal);
        Assert.EndsWith("\"\r\n", text, StringComparison.Ordinal);
        // Header and two findings: three records, each ending in CRLF (line breaks inside fields are bare LFs).
        Assert.Equal(3, text.Count(c => c == '\r'));
        Assert.Contains("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(3, text.Split("\"\r\n").Length - 1);
        Assert.Contains("\"'=HYPERLINK(\"\"https://example.org\"\",\"\"click\"\")\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_ReadBack_HoldsEveryFieldOfEveryFinding()
    {
        var (header, rows) = await ParseCsvAsync(await BytesAsync(LpipEvidence.Addresses.SiteAddresses.FindingsCsv, "text/csv"));
        var findings = (await JsonDownloadAsync()).Findings;

        Assert.Equal(FindingsCsv.Columns.Select(c => c.Name), header);
        Assert.NotEmpty(findings);
        Assert.Equal(findings.Select(f => f.Slug), rows.Select(r => r["finding_slug"]));
        Assert.All(findings.Zip(rows), pair =>
        {
            var (finding, row) = pair;
            Assert.Equal(finding.Title, row["finding_title"]);
            Assert.Equal(finding.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), row["finding_order"]);
            Assert.Equal(finding.Url, row["finding_url"]);
            Assert.Equal(Neutralised(finding.Takeaway), row["key_takeaway"]);
            Assert.Equal(Neutralised(finding.Text), row["finding_text"]);
            Assert.Equal(string.Join("; ", finding.Themes.Select(t => t.Slug)), row["theme_slugs"]);
            Assert.Equal(string.Join("; ", finding.Themes.Select(t => t.Title)), row["theme_titles"]);
            Assert.Equal(finding.Review.Slug, row["review_slug"]);
            Assert.Equal(finding.Review.Title, row["review_title"]);
            Assert.Equal(finding.Review.Url, row["review_url"]);
            Assert.Equal(finding.Published, row["published"]);
            Assert.Equal(finding.LastUpdated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", row["last_updated"]);
            Assert.Equal(string.Join("\n", finding.Changes.Select(c => c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ": " + c.Note)), row["change_notes"]);
            Assert.Equal(finding.Citation.Harvard, row["citation"]);
            Assert.Equal(finding.Licence.Label, row["licence"]);
            Assert.Equal(finding.Licence.Url ?? "", row["licence_url"]);
            Assert.Equal(finding.Attribution, row["attribution"]);
        });
    }

    [Fact]
    public async Task Csv_KeepsCommasQuotesAndLineBreaks_AndNeutralisesFormulas()
    {
        var (_, rows) = await ParseCsvAsync(await BytesAsync(LpipEvidence.Addresses.SiteAddresses.FindingsCsv, "text/csv"));
        var row = Assert.Single(rows, r => r["finding_slug"] == TrickyContentAppFactory.FindingSlug);

        Assert.Equal(TrickyContentAppFactory.FindingTitle, row["finding_title"]);
        Assert.Equal("'" + TrickyContentAppFactory.FormulaTakeaway, row["key_takeaway"]);
        Assert.StartsWith("'" + TrickyContentAppFactory.TextStart, row["finding_text"], StringComparison.Ordinal);
        Assert.EndsWith(TrickyContentAppFactory.SecondParagraph, row["finding_text"], StringComparison.Ordinal);
        // Newest first, one a line: a line break inside a quoted field.
        Assert.Equal($"2025-02-20: {TrickyContentAppFactory.SecondNote}\n2025-01-10: {TrickyContentAppFactory.FirstNote}", row["change_notes"]);
        Assert.Equal("2025-02-20", row["last_updated"]);
        Assert.Equal(TrickyContentAppFactory.ReviewTitle, row["review_title"]);
        Assert.Contains("CC BY-NC", row["licence"], StringComparison.Ordinal);
        Assert.StartsWith("Example, A 2024,", row["citation"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_StatesTheTerms_AndHasTheExactText()
    {
        var download = await JsonDownloadAsync();

        Assert.Contains("licence", download.Licence, StringComparison.Ordinal);
        Assert.Equal("http://localhost/data", download.About);
        var review = Assert.Single(download.Reviews);
        Assert.Equal("CC BY-NC", review.Licence.Code);
        Assert.Equal("https://creativecommons.org/licenses/by-nc/4.0/", review.Licence.Url);
        Assert.StartsWith("Example, A 2024,", review.Citation.Harvard, StringComparison.Ordinal);
        Assert.Equal(2, download.Findings.Count);
        var finding = Assert.Single(download.Findings, f => f.Slug == TrickyContentAppFactory.FindingSlug);
        Assert.Equal(TrickyContentAppFactory.FormulaTakeaway, finding.Takeaway);
        Assert.StartsWith(TrickyContentAppFactory.TextStart, finding.Text, StringComparison.Ordinal);
        Assert.All(download.Findings, f => Assert.Equal(review.Licence, f.Licence));
    }
}
