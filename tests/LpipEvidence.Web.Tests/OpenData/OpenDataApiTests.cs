using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.OpenData;

/// <summary>The read API over the content fixtures: its JSON contracts, paging, change notes, errors and ETags.</summary>
public sealed class OpenDataApiTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private const string Root = "http://localhost";

    private static readonly IReadOnlyList<FixtureFacts.Finding> Findings = FixtureFacts.Findings;

    private async Task<JsonElement> Json(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static string[] Slugs(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("slug").GetString()!).ToArray();

    [Fact]
    public async Task Reviews_ListEveryReviewWithLicenceCitationAndCredit()
    {
        var reviews = (await Json("/api/reviews")).GetProperty("reviews");

        Assert.Equal(FixtureFacts.Reviews.Select(r => r.Slug).Order(), Slugs(reviews).Order());
        var transport = reviews.EnumerateArray().Single(r => r.GetProperty("slug").GetString() == "test-only-transport");
        Assert.Equal($"{Root}/reviews/test-only-transport", transport.GetProperty("url").GetString());
        Assert.Equal($"{Root}/api/reviews/test-only-transport", transport.GetProperty("apiUrl").GetString());
        Assert.Equal("2025-03", transport.GetProperty("published").GetString());
        Assert.Equal(["Professor Alex Example", "Sam Sample"], transport.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var licence = transport.GetProperty("licence");
        Assert.Equal("CC BY 4.0", licence.GetProperty("code").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", licence.GetProperty("url").GetString());
        Assert.Contains("for any purpose", licence.GetProperty("permission").GetString(), StringComparison.Ordinal);
        var citation = transport.GetProperty("citation");
        Assert.StartsWith("Example, A and Sample, S 2025, Test Fixture Review of Transport and Connectivity.", citation.GetProperty("harvard").GetString(), StringComparison.Ordinal);
        Assert.Equal("Professor Alex Example and Sam Sample, Test Fixtures Press, Example University, March 2025", transport.GetProperty("credit").GetString());
        Assert.StartsWith("Reproduced from Test Fixture Review of Transport and Connectivity by Professor Alex Example and Sam Sample", transport.GetProperty("attribution").GetString(), StringComparison.Ordinal);

        // The citation links lead to the records reference managers read.
        var client = app.CreateClient();
        var ris = await client.GetStringAsync(citation.GetProperty("ris").GetString());
        Assert.StartsWith("TY  - RPRT", ris, StringComparison.Ordinal);
        var bib = await client.GetStringAsync(citation.GetProperty("bibtex").GetString());
        Assert.StartsWith("@techreport{example2025test", bib, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_HasItsFindingsInOrderAndTheChangeNotesOfItselfAndItsFindings()
    {
        var body = await Json("/api/reviews/test-only-transport");

        Assert.Equal("Test Fixture Review of Transport and Connectivity", body.GetProperty("review").GetProperty("title").GetString());
        Assert.Equal(Findings.Where(f => f.Review == "test-only-transport").OrderBy(f => f.Order).Select(f => f.Slug), Slugs(body.GetProperty("findings")));
        Assert.StartsWith("This review is a fixture", body.GetProperty("introduction").GetString(), StringComparison.Ordinal);
        var history = body.GetProperty("history");
        Assert.Equal("2025-03", history.GetProperty("published").GetString());
        Assert.Equal("2025-06-01", history.GetProperty("lastUpdated").GetString());
        var changes = history.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["2025-06-01", "2025-05-10", "2025-04-02"], changes.Select(c => c.GetProperty("date").GetString()));
        Assert.Equal(["finding", "finding", "review"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal($"{Root}/findings/digital-connectivity-for-clusters", changes[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Themes_ListEveryThemeAToZ_AndATheme_CreditsTheReviewsOfItsFindings()
    {
        var themes = (await Json("/api/themes")).GetProperty("themes");
        Assert.Equal(FixtureFacts.Themes.OrderBy(t => t.Title, StringComparer.InvariantCultureIgnoreCase).Select(t => t.Slug), Slugs(themes));

        var theme = await Json("/api/themes/transport-and-connectivity");
        Assert.Equal("Transport and connectivity", theme.GetProperty("theme").GetProperty("title").GetString());
        Assert.Equal(Findings.Where(f => f.Themes.Contains("transport-and-connectivity")).Select(f => f.Slug).Order(), Slugs(theme.GetProperty("findings")).Order());
        Assert.Equal(["test-only-transport"], Slugs(theme.GetProperty("reviews")));
        Assert.Equal("2025-07-15", theme.GetProperty("history").GetProperty("lastUpdated").GetString());
    }

    [Fact]
    public async Task Finding_HasItsTextThemesChangesAndItsReviewsLicence()
    {
        var finding = await Json("/api/findings/digital-connectivity-for-clusters");

        Assert.Equal("Digital Connectivity for Clusters", finding.GetProperty("title").GetString());
        Assert.Equal(2, finding.GetProperty("order").GetInt32());
        Assert.StartsWith("Made-up fixture takeaway:", finding.GetProperty("takeaway").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<p>Made-up fixture text:", finding.GetProperty("textHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal(["transport-and-connectivity", "clusters-and-place-based-policy"], Slugs(finding.GetProperty("themes")));
        Assert.Equal("test-only-transport", finding.GetProperty("review").GetProperty("slug").GetString());
        Assert.Equal("2025-06-01", finding.GetProperty("lastUpdated").GetString());
        Assert.Equal(["2025-06-01", "2025-05-10"], finding.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("date").GetString()));
        Assert.Equal("CC BY 4.0", finding.GetProperty("licence").GetProperty("code").GetString());

        var unchanged = await Json("/api/findings/importance-of-innovation-and-technology-policies");
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("lastUpdated").ValueKind);
        Assert.Equal(0, unchanged.GetProperty("changes").GetArrayLength());
        Assert.Equal("CC BY-NC", unchanged.GetProperty("licence").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Findings_FollowingNext_GivesEveryFindingOnce()
    {
        var seen = new List<string>();
        string? next = "/api/findings?pageSize=3";
        var pages = 0;
        while (next is not null && pages++ < 10)
        {
            var page = await Json(next);
            Assert.Equal(Findings.Count, page.GetProperty("total").GetInt32());
            Assert.Equal(3, page.GetProperty("pageSize").GetInt32());
            seen.AddRange(Slugs(page.GetProperty("findings")));
            next = page.GetProperty("next").GetString();
        }

        Assert.Equal(3, pages);
        Assert.Equal(Findings.Select(f => f.Slug).Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var last = await Json("/api/findings?pageSize=3&page=3");
        Assert.Equal($"{Root}/api/findings?page=2&pageSize=3", last.GetProperty("previous").GetString());
    }

    [Theory]
    [InlineData("review=innovation", "innovation", null)]
    [InlineData("theme=transport-and-connectivity", null, "transport-and-connectivity")]
    public async Task Findings_FilterByReviewOrTheme(string query, string? review, string? theme)
    {
        var page = await Json("/api/findings?" + query);
        var expected = Findings.Where(f => (review is null || f.Review == review) && (theme is null || f.Themes.Contains(theme))).Select(f => f.Slug).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), Slugs(page.GetProperty("findings")).Order());
        Assert.Equal(expected.Count, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/reviews/no-such-review")]
    [InlineData("/api/themes/no-such-theme")]
    [InlineData("/api/findings/no-such-finding")]
    [InlineData("/api/findings/%3Cscript%3E")]
    [InlineData("/api/reviews/innovation%27%20OR%201%3D1--")]
    public async Task UnknownSlugs_Answer404ProblemDetails(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.ETag);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("review=%3Cx%3E", "review")]
    [InlineData("theme=..%2F..", "theme")]
    public async Task BadParameters_Answer400NamingTheParameter(string query, string parameter)
    {
        var response = await app.CreateClient().GetAsync("/api/findings?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out _), $"No error for {parameter}: {errors}");
    }

    [Theory]
    [InlineData("/api/reviews")]
    [InlineData("/api/reviews/innovation")]
    [InlineData("/api/themes")]
    [InlineData("/api/themes/skills-and-talent")]
    [InlineData("/api/findings?pageSize=2")]
    [InlineData("/api/findings/evaluating-transport-investment")]
    [InlineData("/data/findings.csv")]
    [InlineData("/data/findings.json")]
    public async Task Answers_CarryAStrongETag_AndIfNoneMatchGives304(string url)
    {
        var client = app.CreateClient();
        var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);
        Assert.Equal(first.Headers.CacheControl, notModified.Headers.CacheControl);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // A weak copy of the tag matches too (If-None-Match compares weakly); any other tag does not.
        var weak = new HttpRequestMessage(HttpMethod.Get, url);
        weak.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(tag.Tag, isWeak: true));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(weak)).StatusCode);
        var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task ETags_DifferByRepresentation()
    {
        var client = app.CreateClient();
        var tags = new List<string>();
        foreach (var url in new[] { "/api/findings?pageSize=2", "/api/findings?pageSize=3", "/api/reviews", "/api/reviews/innovation" })
        {
            tags.Add((await client.GetAsync(url)).Headers.ETag!.Tag);
        }
        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.Equal(tags[2], (await client.GetAsync("/api/reviews")).Headers.ETag!.Tag);
    }
}
