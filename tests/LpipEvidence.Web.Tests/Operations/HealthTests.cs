using System.Net;
using System.Text.Json;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>/health/live, /health/ready and its alias /healthz: JSON bodies, and readiness that fails when it should.</summary>
public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(OperationsAppFactory app, string url)
    {
        var response = await app.Client().GetAsync(url);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone(), response);
    }

    private static Dictionary<string, (string Status, string Description)> Checks(JsonElement body) =>
        body.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => (c.GetProperty("status").GetString()!, c.GetProperty("description").GetString() ?? ""));

    [Fact]
    public async Task Live_AnswersHealthyWithoutRunningChecks()
    {
        await using var app = new OperationsAppFactory();
        var (status, body, response) = await GetAsync(app, "/health/live");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("checks").EnumerateArray());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/healthz")]
    public async Task Ready_RunsTheStoreContentAndSearchIndexChecks(string url)
    {
        await using var app = new OperationsAppFactory();
        var (status, body, _) = await GetAsync(app, url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = Checks(body);
        Assert.Equal(["briefings", "content", "search-index", "store"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, c => Assert.Equal("Healthy", c.Status));
        Assert.StartsWith("Search index ready: content ", checks["search-index"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_FailsWhenNoGoodContentHasEverBeenImported()
    {
        using var content = new TempContent();
        content.Write(TempContent.ClustersThemePath, "");
        await using var app = new OperationsAppFactory(null, content.Root);

        var (status, body, _) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var checks = Checks(body);
        Assert.Equal("Unhealthy", checks["content"].Status);
        Assert.Contains("No content has been imported", checks["content"].Description, StringComparison.Ordinal);
        Assert.Equal("Healthy", checks["store"].Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "/health/live")).Status);
    }
}
