using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CsvHelper;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>The evidence map of the fixture content: 9 themes against the Innovation review and the made-up Transport review.</summary>
public sealed class EvidenceMapTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private async Task<IHtmlDocument> MapAsync()
    {
        var response = await app.CreateClient().GetAsync("/map");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Map_IsATableOfThemesAgainstReviewsByProgrammeThemeThenDate()
    {
        var document = await MapAsync();

        var table = document.QuerySelector("table.evidence-map");
        Assert.NotNull(table);
        Assert.NotNull(table.QuerySelector("caption"));
        var columns = table.QuerySelectorAll("thead th[scope=col]").Select(th => th.QuerySelector("a")?.TextContent.Trim() ?? th.TextContent.Trim()).ToList();
        Assert.Equal(["Theme", "Innovation Evidence Review", "Test Fixture Review of Transport and Connectivity", "All reviews"], columns);
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(9, rows.Count);
        Assert.All(rows, row => Assert.Equal("row", row.QuerySelector("th")?.GetAttribute("scope")));
        Assert.Equal("Clusters and place-based policy", rows[0].QuerySelector("th")?.TextContent.Trim());
    }

    [Fact]
    public async Task Map_CellsCountFindingsAndLinkToThemOnTheThemePage_GapsAreVisible()
    {
        var document = await MapAsync();
        var rows = document.QuerySelectorAll("table.evidence-map tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim());

        var evaluation = rows["Evaluation and benchmarking"].QuerySelectorAll("td").ToList();
        Assert.Equal(["2", "1", "3"], evaluation.Select(td => td.TextContent.Trim()));
        var link = evaluation[0].QuerySelector("a");
        Assert.Equal("/themes/evaluation-and-benchmarking#from-innovation", link?.GetAttribute("href"));
        Assert.Equal("2 findings of Innovation Evidence Review on Evaluation and benchmarking", link?.GetAttribute("aria-label"));

        var transport = rows["Transport and connectivity"].QuerySelectorAll("td").ToList();
        Assert.Contains("evidence-map__gap", transport[0].ClassList);
        Assert.Null(transport[0].QuerySelector("a"));
        Assert.Equal("gap: no finding", transport[0].QuerySelector(".visually-hidden")?.TextContent);
        Assert.Equal("3", transport[1].TextContent.Trim());
    }

    [Fact]
    public async Task MapCsv_HasTheTableWithAGapAsZero()
    {
        var response = await app.CreateClient().GetAsync("/data/evidence-map.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        await using var reader = CsvReader.Create(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), new CsvReaderOptions { Separator = ',' });
        var rows = new List<string[]> { reader.Headers.ToArray() };
        while (await reader.ReadAsync()) rows.Add(Enumerable.Range(0, reader.Headers.Count).Select(reader.GetString).ToArray());
        Assert.Equal(["Theme", "Innovation Evidence Review (October 2024)", "Test Fixture Review of Transport and Connectivity (March 2025)", "All reviews"], rows[0]);
        Assert.Equal(10, rows.Count);
        Assert.Contains(["Transport and connectivity", "0", "3", "3"], rows);
        Assert.Contains(["Evaluation and benchmarking", "2", "1", "3"], rows);
    }

    [Fact]
    public async Task MapAndItsCsv_AreInTheSitemapAndTheOpenApiDocument()
    {
        var client = app.CreateClient();

        Assert.Contains("/map</loc>", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("\"/data/evidence-map.csv\"", await client.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);
    }
}
