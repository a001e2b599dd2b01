using System.Net;
using System.Text.Json;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.Search;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// Query parameters are typed records checked by their attributes, through the framework's binding and validation
/// for the API and <see cref="QueryText"/> for the search page. Over many generated values: every answer is a 200 or
/// a 400 problem naming the bad parameter as the query spells it (never the framework's empty 400, a C# name or a
/// 500), and the search page and <c>/api/search</c> accept exactly the same values.
/// </summary>
public sealed class QueryParameterTests(QueryParameterTests.UnlimitedApp app) : IClassFixture<QueryParameterTests.UnlimitedApp>
{
    /// <summary>The app without rate limits: these tests send a few thousand requests from the one test client.</summary>
    public sealed class UnlimitedApp : EvidenceAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:Enabled", "false");
        }
    }

    /// <summary>Values a client might send for anything: numbers at and past the edges, other spellings of numbers and flags, junk.</summary>
    public static IReadOnlyList<string> Values(int count, int seed)
    {
        string[] fixedOnes = ["", " ", "0", "1", "-0", "+1", " 2 ", "01", "1.0", "1e3", "0x10", "1,2", "1_000", "٣", "１", "2147483647", "2147483648",
            "-2147483649", "99999999999999999999", "1000", "1001", "50", "51", "200", "201", "1000000", "1000001", "true", "True", " false ", "TRUE",
            "yes", "on", "null", "undefined", "hybrid", "Hybrid", "words", "meaning", "fuzzy", "innovation", "skills-and-talent", "Skills", "..", "../..",
            "<script>", "a b", "%", "\0", "\u202e", "😀", new string('9', 400), new string('x', 501), "é"];
        const string alphabet = "0123456789 +-.,eExXtruefalsTRUEFALS_/%<>\"'\\é\t";
        var random = new Random(seed);
        var values = new List<string>(fixedOnes);
        while (values.Count < count)
        {
            var length = random.Next(0, 12);
            var text = new System.Text.StringBuilder();
            while (text.Length < length)
            {
                // Mostly digits, so that many values are numbers near and past the bounds.
                if (random.Next(3) > 0) text.Append((char)random.Next('0', '9' + 1));
                else text.Append(alphabet[random.Next(alphabet.Length)]);
            }
            values.Add(text.ToString());
        }
        return values;
    }

    public static TheoryData<string> SearchParameterNames() => [.. QueryText.ParametersOf<SearchQuery>().Select(p => p.Name)];

    public static TheoryData<string> FindingListParameterNames() => [.. QueryText.ParametersOf<LpipEvidence.Web.Endpoints.FindingListQuery>().Select(p => p.Name)];

    private async Task<(HttpStatusCode Status, JsonElement? Errors)> ApiAsync(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.OK) return (response.StatusCode, null);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} answered {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.True(body.TryGetProperty("errors", out var errors), $"{url} answered a 400 that names no parameter: {text}");
        return (response.StatusCode, errors);
    }

    private async Task AssertEachValueIsServedOrNamedAsync(string path, string fixedQuery, string name)
    {
        var refused = 0;
        foreach (var value in Values(150, seed: name.Length))
        {
            var url = $"{path}?{fixedQuery}{name}={Uri.EscapeDataString(value)}";
            var (_, errors) = await ApiAsync(url);
            if (errors is not { } named) continue;
            refused++;
            // Only the parameter that was sent is named, by its name in the query, with a message that names it too.
            Assert.Equal([name], named.EnumerateObject().Select(p => p.Name));
            Assert.All(named.GetProperty(name).EnumerateArray(), m => Assert.StartsWith(name + " ", m.GetString(), StringComparison.Ordinal));
        }
        // The generated values are mostly bad for a number or a flag; a run that refused none checked nothing.
        if (name is not ("q" or "theme" or "review")) Assert.True(refused > 20, $"only {refused} values of {name} were refused");
    }

    [Theory]
    [MemberData(nameof(SearchParameterNames))]
    public Task SearchApi_EveryValue_IsServedOrA400NamingItsParameter(string name) =>
        AssertEachValueIsServedOrNamedAsync("/api/search", name == "q" ? "" : "q=skills&", name);

    [Theory]
    [MemberData(nameof(FindingListParameterNames))]
    public Task FindingsApi_EveryValue_IsServedOrA400NamingItsParameter(string name) =>
        AssertEachValueIsServedOrNamedAsync("/api/findings", "", name);

    [Theory]
    [InlineData("/api/search?q=x&page=1&page=2", "page")]
    [InlineData("/api/search?q=x&prefix=true&prefix=false", "prefix")]
    [InlineData("/api/findings?pageSize=2&pageSize=3", "pageSize")]
    public async Task RepeatedParameters_AreA400NamingThem(string url, string name)
    {
        var (status, errors) = await ApiAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([name], errors!.Value.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task ManyBadValuesAtOnce_AreEachNamed()
    {
        var (_, converted) = await ApiAsync("/api/search?q=x&page=0&pageSize=51&mode=fuzzy&theme=%3C");
        Assert.Equal(["mode", "page", "pageSize", "theme"], converted!.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("page must be a whole number from 1 to 1000.", converted.Value.GetProperty("page")[0].GetString());

        // Values that do not convert are refused before the framework's validator runs; the others are still checked.
        var (_, unconverted) = await ApiAsync("/api/search?q=x&page=abc&prefix=maybe&asTyped=2&mode=Words&pageSize=7");
        Assert.Equal(["asTyped", "mode", "page", "prefix"], unconverted!.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("page must be a whole number from 1 to 1000.", unconverted.Value.GetProperty("page")[0].GetString());
        Assert.Equal("prefix must be true or false.", unconverted.Value.GetProperty("prefix")[0].GetString());
    }

    [Theory]
    [InlineData("page")]
    [InlineData("theme")]
    [InlineData("review")]
    [InlineData("asTyped")]
    public async Task SearchPage_AndTheApi_AcceptTheSameValues(string name)
    {
        var accepted = 0;
        foreach (var value in Values(60, seed: 7 * name.Length))
        {
            var query = $"q=skills&{name}={Uri.EscapeDataString(value)}";
            var (api, _) = await ApiAsync("/api/search?" + query);
            var (page, _) = await app.GetPageAsync("/search?" + query);
            Assert.True(api == page.StatusCode, $"{name}={value}: the API answered {(int)api}, the page {(int)page.StatusCode}");
            if (api == HttpStatusCode.OK) accepted++;
        }
        Assert.True(accepted > 0, $"no value of {name} was accepted: the comparison compared only refusals");
    }

    [Fact]
    public void Bind_ReadsARecord_OrNamesEveryBadValue_WithTheRecordsOwnMessages()
    {
        var values = new Dictionary<string, string?> { ["q"] = "skills", ["page"] = "2", ["asTyped"] = "true", ["mode"] = "words" };
        var (query, errors) = QueryText.Bind<SearchQuery>(name => values.GetValueOrDefault(name));
        Assert.Empty(errors);
        Assert.Equal(new SearchQuery("skills", null, null, 2, null, null, "words", true), query);

        var bad = new Dictionary<string, string?> { ["page"] = "abc", ["pageSize"] = "0", ["prefix"] = "1", ["theme"] = "<x>" };
        (query, errors) = QueryText.Bind<SearchQuery>(name => bad.GetValueOrDefault(name));
        Assert.Null(query);
        Assert.Equal(["page", "pageSize", "prefix", "q", "theme"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("page must be a whole number from 1 to 1000.", Assert.Single(errors["page"]));
        Assert.Equal("pageSize must be a whole number from 1 to 50.", Assert.Single(errors["pageSize"]));
        Assert.Equal("q is required: the words to search for.", Assert.Single(errors["q"]));

        // A page that treats a missing q as "not asked yet" does not require it.
        (_, errors) = QueryText.Bind<SearchQuery>(name => bad.GetValueOrDefault(name), required: false);
        Assert.DoesNotContain("q", errors.Keys);
    }

    private sealed record Unsupported([property: FromQuery(Name = "when")] DateTime? When);

    [Fact]
    public void ARecordWithATypeTheQueryCannotCarry_IsRefusedWhenFirstRead()
    {
        var error = Assert.Throws<NotSupportedException>(() => QueryText.ParametersOf<Unsupported>());
        Assert.Contains("when", error.Message, StringComparison.Ordinal);
    }
}
