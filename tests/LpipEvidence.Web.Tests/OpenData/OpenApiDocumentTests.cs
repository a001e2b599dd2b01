using System.Text.Json;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.OpenData;

/// <summary>The OpenAPI document at /openapi/v1.json describes every API endpoint the app maps, with its answers.</summary>
public sealed class OpenApiDocumentTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private async Task<JsonElement> DocumentAsync()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.True(response.IsSuccessStatusCode, $"/openapi/v1.json answered {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>Every route the app maps under /api, as the endpoint data source lists them (not a list kept by hand).</summary>
    private List<(string Path, string Method, RouteEndpoint Endpoint)> ApiRoutes()
    {
        _ = app.CreateClient();
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => ("/" + e.RoutePattern.RawText!.TrimStart('/'), m.ToLowerInvariant(), e)))
            .ToList();
        return routes;
    }

    [Fact]
    public async Task Document_NamesTheApiAndTheTermsOfItsContent()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var info = document.GetProperty("info");
        Assert.Equal("LPIP Evidence API", info.GetProperty("title").GetString());
        Assert.Contains("licence", info.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("http://localhost/data", info.GetProperty("license").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Document_DescribesEveryApiRoute_WithItsAnswers()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        var routes = ApiRoutes();

        Assert.Contains(routes, r => r.Path == "/api/search");
        Assert.Contains(routes, r => r.Path == "/api/findings/{slug}");
        Assert.All(routes, route =>
        {
            Assert.True(paths.TryGetProperty(route.Path, out var path), $"{route.Path} is not in the OpenAPI document");
            Assert.True(path.TryGetProperty(route.Method, out var operation), $"{route.Method} {route.Path} is not in the OpenAPI document");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("200", out var ok), $"{route.Path} has no 200 answer described");
            Assert.True(ok.GetProperty("content").TryGetProperty("application/json", out var json), $"{route.Path} has no JSON body described");
            Assert.True(json.GetProperty("schema").TryGetProperty("$ref", out _), $"{route.Path} has no schema for its body");
            Assert.True(responses.TryGetProperty("429", out _), $"{route.Path} does not say it can answer 429");
            Assert.True(responses.TryGetProperty("503", out _), $"{route.Path} does not say it can answer 503");
            if (route.Path.Contains("{slug}", StringComparison.Ordinal))
            {
                Assert.True(responses.TryGetProperty("404", out _), $"{route.Path} does not say it can answer 404");
                Assert.Contains(operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "slug" && p.GetProperty("in").GetString() == "path");
            }
            if (operation.TryGetProperty("parameters", out var parameters) && parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() == "query"))
            {
                Assert.True(responses.TryGetProperty("400", out _), $"{route.Path} takes parameters but does not say it can answer 400");
            }
        });
    }

    [Fact]
    public async Task Search_IsDescribedWithItsParameters()
    {
        var search = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var parameters = search.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);

        Assert.Equal(["q", "theme", "review", "page", "pageSize", "prefix", "mode", "asTyped"], parameters.Keys);
        Assert.Equal(["hybrid", "words", "meaning"], parameters["mode"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("hybrid", parameters["mode"].GetProperty("schema").GetProperty("default").GetString());
        Assert.True(parameters["q"].GetProperty("required").GetBoolean());
        Assert.Equal("integer", parameters["page"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(50, parameters["pageSize"].GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal("boolean", parameters["prefix"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("boolean", parameters["asTyped"].GetProperty("schema").GetProperty("type").GetString());
        Assert.False(parameters["asTyped"].GetProperty("schema").GetProperty("default").GetBoolean());
        Assert.All(parameters.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString())));
        Assert.Equal("#/components/schemas/SearchResponse",
            search.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Theory]
    [InlineData("/api/search", "page", 1, 1000)]
    [InlineData("/api/search", "pageSize", 1, 50)]
    [InlineData("/api/findings", "page", 1, 1_000_000)]
    [InlineData("/api/findings", "pageSize", 1, 200)]
    public async Task NumberParameters_AreDescribedWithTheLimitsTheEndpointEnforces(string path, string name, int minimum, int maximum)
    {
        var parameters = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!);
        var schema = parameters[name].GetProperty("schema");

        Assert.Equal("integer", schema.GetProperty("type").GetString());
        Assert.Equal(minimum, schema.GetProperty("minimum").GetInt32());
        Assert.Equal(maximum, schema.GetProperty("maximum").GetInt32());
        // The endpoint itself refuses one past the maximum, naming the parameter.
        var response = await app.CreateClient().GetAsync($"{path}?q=x&{name}={maximum + 1}");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(name, out _));
    }

    [Fact]
    public async Task Downloads_AreDescribed_AndPagesAndExportsAreNot()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        Assert.True(paths.GetProperty("/data/findings.csv").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.True(paths.GetProperty("/data/findings.json").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        var names = paths.EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(names, name => Assert.True(name.StartsWith("/api/", StringComparison.Ordinal) || name.StartsWith("/data/", StringComparison.Ordinal), name));
    }
}
