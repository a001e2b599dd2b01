using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>Briefing tests, continued: the Word and Markdown exports and the review's citations (RIS, BibTeX).</summary>
public sealed partial class BriefingTests
{
    [Fact]
    public async Task Docx_OpensWithOpenXmlAndHoldsHeadingsFindingsSourcesAndLicence()
    {
        var response = await app.CreateClient().GetAsync("/briefing/docx?" + Titled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        var headings = paragraphs.Where(p => Style(p).StartsWith("Heading", StringComparison.Ordinal)).Select(p => p.InnerText).ToList();
        Assert.Contains(headings, h => h.Contains("Place-based Approaches and Cluster Development", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.Contains("Evidence-Based and Experimental Policies", StringComparison.Ordinal));
        Assert.Contains("Key takeaway", headings);
        Assert.Contains("Sources", headings);
        var text = string.Join("\n", paragraphs.Select(p => p.InnerText));
        Assert.Contains("Board pack", text, StringComparison.Ordinal);
        Assert.Contains("Supporting cluster growth is viewed as an impactful local innovation policy", text, StringComparison.Ordinal);
        Assert.Contains("Billing, C 2024", text, StringComparison.Ordinal);
        Assert.Contains("CC BY-NC", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_ContainsEveryFindingAndTakeaway()
    {
        var response = await app.CreateClient().GetAsync("/briefing/md?" + Three);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var markdown = await response.Content.ReadAsStringAsync();
        foreach (var text in new[]
                 {
                     "Place-based Approaches and Cluster Development", "Collaboration, Partnerships, and Skills Development", "Evidence-Based and Experimental Policies",
                     "Supporting cluster growth is viewed", "Partnerships can enhance knowledge sharing", "Implementing rigorous evaluation methods",
                     "Billing, C 2024", "CC BY-NC",
                 })
        {
            Assert.Contains(text, markdown, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/briefing/docx")]
    [InlineData("/briefing/md")]
    [InlineData("/briefing/docx?f=no-such-finding")]
    [InlineData("/briefing/md?f=%3Cscript%3E,also-not-there")]
    public async Task Exports_WithOnlyUnknownSlugs_Answer404(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Ris_IsOneRecordWithTheRequiredTags()
    {
        var response = await app.CreateClient().GetAsync("/reviews/innovation/cite.ris");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-research-info-systems", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(RisLine(), l));
        var tags = lines.Select(l => l[..2]).ToList();
        Assert.Equal("TY", tags[0]);
        Assert.Equal("ER", tags[^1]);
        Assert.Single(tags, "TY");
        Assert.Single(tags, "ER");
        Assert.Contains("AU  - Billing, Chloe", lines);
        Assert.Contains("PY  - 2024", lines);
        Assert.Contains(lines, l => l.StartsWith("TI  - Innovation Evidence Review", StringComparison.Ordinal));
        Assert.Contains("UR  - https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review", lines);
    }

    [Fact]
    public async Task BibTeX_IsOneBalancedEntryWithTheRequiredFields()
    {
        var response = await app.CreateClient().GetAsync("/reviews/innovation/cite.bib");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bib = await response.Content.ReadAsStringAsync();
        Assert.Single(Regex.Matches(bib, @"^@\w+\{", RegexOptions.Multiline));
        Assert.Equal(bib.Count(c => c == '{'), bib.Count(c => c == '}'));
        foreach (var field in new[] { "author", "title", "year", "url" })
        {
            Assert.Matches(new Regex($@"^\s*{field}\s*=", RegexOptions.Multiline), bib);
        }
        Assert.Contains("Billing, Chloe", bib, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reviews/no-such-review/cite.ris")]
    [InlineData("/reviews/no-such-review/cite.bib")]
    [InlineData("/reviews/%3Cx%3E/cite.bib")]
    public async Task Citations_ForUnknownReviews_Answer404(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
