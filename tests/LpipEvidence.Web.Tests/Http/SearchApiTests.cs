using System.Net;
using System.Text.Json;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>The JSON contract of GET /api/search, and its answers to bad parameters.</summary>
public sealed class SearchApiTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private static readonly string[] ClusterTitledFindings = ["place-based-approaches-and-cluster-development", "digital-connectivity-for-clusters"];
    private static readonly string[] Matches = ["words", "meaning", "both"];

    private async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> Get(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_ReturnsTheDocumentedShape()
    {
        var (status, body, mediaType) = await Get("/api/search?q=clusters");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        Assert.Equal("clusters", body.GetProperty("query").GetString());
        Assert.True(body.GetProperty("total").GetInt32() >= 2);
        var results = body.GetProperty("results").EnumerateArray().ToList();
        // Both reviews have a finding with "cluster" in its title; which of the two ranks first is the ranking's business.
        Assert.Contains(results[0].GetProperty("slug").GetString(), ClusterTitledFindings);
        var hit = Assert.Single(results, r => r.GetProperty("slug").GetString() == "place-based-approaches-and-cluster-development");
        Assert.Equal("finding", hit.GetProperty("kind").GetString());
        Assert.Equal("Place-based Approaches and Cluster Development", hit.GetProperty("title").GetString());
        Assert.Equal("/findings/place-based-approaches-and-cluster-development", hit.GetProperty("url").GetString());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("innovation", hit.GetProperty("review").GetString());
        Assert.Contains("clusters-and-place-based-policy", hit.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.True(body.GetProperty("facets").GetProperty("themes").GetProperty("clusters-and-place-based-policy").GetInt32() >= 1);
        Assert.True(body.GetProperty("facets").GetProperty("reviews").GetProperty("innovation").GetInt32() >= 1);
        Assert.True(body.GetProperty("facets").GetProperty("reviews").GetProperty("test-only-transport").GetInt32() >= 1);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task Misspelling_ComesWithASuggestion()
    {
        var (_, body, _) = await Get("/api/search?q=benchmarkng");
        Assert.Equal("benchmarking", body.GetProperty("suggestion").GetString());
        Assert.True(body.GetProperty("showingSuggestion").GetBoolean());
    }

    [Fact]
    public async Task Misspelling_AsTyped_IsSearchedAsTypedWithTheSuggestionStillGiven()
    {
        var (status, body, _) = await Get("/api/search?q=benchmarkng&mode=words&asTyped=true");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("benchmarkng", body.GetProperty("query").GetString());
        Assert.False(body.GetProperty("showingSuggestion").GetBoolean());
        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Equal("benchmarking", body.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Filters_AndPaging_AreApplied()
    {
        var (_, all, _) = await Get("/api/search?q=innovation&pageSize=50");
        var (_, filtered, _) = await Get("/api/search?q=innovation&theme=skills-and-talent&pageSize=50");
        var (_, paged, _) = await Get("/api/search?q=innovation&pageSize=2&page=2");

        Assert.True(filtered.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.NotEmpty(filtered.GetProperty("results").EnumerateArray());
        Assert.All(filtered.GetProperty("results").EnumerateArray(),
            r => Assert.Contains("skills-and-talent", r.GetProperty("themes").EnumerateArray().Select(t => t.GetString())));
        Assert.Equal(2, paged.GetProperty("results").GetArrayLength());
        Assert.Equal(all.GetProperty("results")[2].GetProperty("slug").GetString(), paged.GetProperty("results")[0].GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=x&page=0", "page")]
    [InlineData("/api/search?q=x&page=abc", "page")]
    [InlineData("/api/search?q=x&page=99999999999999", "page")]
    [InlineData("/api/search?q=x&pageSize=500", "pageSize")]
    [InlineData("/api/search?q=x&pageSize=-1", "pageSize")]
    [InlineData("/api/search?q=x&theme=%3Cscript%3E", "theme")]
    [InlineData("/api/search?q=x&review=..%2F..", "review")]
    [InlineData("/api/search?q=x&prefix=yes", "prefix")]
    [InlineData("/api/search?q=x&asTyped=maybe", "asTyped")]
    public async Task BadParameters_Answer400WithProblemDetails(string url, string parameter)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), $"no error for {parameter}");
    }

    [Fact]
    public async Task Prefix_IsOptIn_ForTypeAheadClients()
    {
        var (_, whole, _) = await Get("/api/search?q=benchm");
        var (status, typed, _) = await Get("/api/search?q=benchm&prefix=true");

        Assert.Equal(HttpStatusCode.OK, status);
        // Without prefix, "benchm" is a whole word that nothing contains.
        Assert.Equal(0, whole.GetProperty("total").GetInt32());
        Assert.False(typed.GetProperty("showingSuggestion").GetBoolean());
        Assert.Contains("evidence-based-and-experimental-policies", typed.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()));
        Assert.Contains("<mark>benchmarking</mark>", typed.GetProperty("results")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operators_AndQuestions_WorkThroughTheApi()
    {
        var (_, both, _) = await Get("/api/search?q=" + Uri.EscapeDataString("clusters AND benchmarking"));
        var (_, either, _) = await Get("/api/search?q=" + Uri.EscapeDataString("clusters OR benchmarking"));
        Assert.True(both.GetProperty("total").GetInt32() < either.GetProperty("total").GetInt32());
        Assert.Equal("place-based-approaches-and-cluster-development", both.GetProperty("results")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task TooLongQuery_Answers400()
    {
        var response = await app.CreateClient().GetAsync("/api/search?q=" + new string('a', 10_001));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("'; DROP TABLE Findings; --")]
    [InlineData("title:x OR 1=1")]
    [InlineData("😀")]
    [InlineData("\u0001")]
    public async Task HostileQueries_AnswerOkWithResultsOrAMessage(string q)
    {
        var (status, body, _) = await Get("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, status);
        // A well-formed answer: the query as understood, and either a message with nothing found or the first page of results.
        Assert.Equal(JsonValueKind.String, body.GetProperty("query").ValueKind);
        var total = body.GetProperty("total").GetInt32();
        var results = body.GetProperty("results");
        Assert.Equal(JsonValueKind.Array, results.ValueKind);
        if (body.GetProperty("message").ValueKind == JsonValueKind.String)
        {
            Assert.Equal(0, total);
            Assert.Equal(0, results.GetArrayLength());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, body.GetProperty("message").ValueKind);
            Assert.Equal(Math.Min(total, body.GetProperty("pageSize").GetInt32()), results.GetArrayLength());
        }
    }

    [Fact]
    public async Task LongQuery_IsCutNotRefused()
    {
        var (status, body, _) = await Get("/api/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("innovation ", 45))));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("query").GetString()!.Length <= 200);
    }

    [Fact]
    public async Task EachResult_SaysWhetherItMatchedByWordsMeaningOrBoth()
    {
        var (_, words, _) = await Get("/api/search?q=universities");
        var matches = words.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("match").GetString()).ToList();
        Assert.Contains("meaning", matches);
        Assert.True(matches.IndexOf("meaning") > 0);
        Assert.All(matches, m => Assert.Contains(m, Matches));
        Assert.False(words.GetProperty("onlyMeaning").GetBoolean());

        var (_, meaning, _) = await Get("/api/search?q=higher%20education");
        Assert.True(meaning.GetProperty("onlyMeaning").GetBoolean());
        var first = meaning.GetProperty("results")[0];
        Assert.Equal("collaboration-partnerships-and-skills-development", first.GetProperty("slug").GetString());
        Assert.Equal("meaning", first.GetProperty("match").GetString());
        Assert.DoesNotContain("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("words", 0)]
    [InlineData("meaning", 1)]
    [InlineData("hybrid", 1)]
    public async Task Mode_ChoosesWordsMeaningOrBoth(string mode, int atLeast)
    {
        var (status, body, _) = await Get($"/api/search?q=higher%20education&mode={mode}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.InRange(body.GetProperty("total").GetInt32(), atLeast, atLeast == 0 ? 0 : 50);
    }

    [Fact]
    public async Task TypeAhead_StaysAWordSearch_UnlessAModeIsAsked()
    {
        var (_, typing, _) = await Get("/api/search?q=higher%20educ&prefix=true");
        Assert.Equal(0, typing.GetProperty("total").GetInt32());
        var (_, asked, _) = await Get("/api/search?q=higher%20education&prefix=true&mode=hybrid");
        Assert.True(asked.GetProperty("onlyMeaning").GetBoolean());
    }

    [Fact]
    public async Task BadMode_IsA400NamingIt()
    {
        var (status, body, _) = await Get("/api/search?q=clusters&mode=fuzzy");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("mode must be hybrid, words or meaning.", body.GetProperty("errors").GetProperty("mode")[0].GetString());
    }
}
