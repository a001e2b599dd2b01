using LpipEvidence.Web.Tests.Support;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>One structured log line per request: request id, route pattern, status, duration; nothing else from the framework.</summary>
public sealed class RequestLogTests(OperationsAppFactory app) : IClassFixture<OperationsAppFactory>
{
    private const string RequestLogCategory = "LpipEvidence.Web.Logging.RequestLogMiddleware";

    private async Task<IReadOnlyList<LogEntry>> LinesForAsync(string url)
    {
        var client = app.Client();
        await client.GetAsync("/health/live"); // the app has started and logged its start-up
        var before = app.Logs.Entries.Count;
        var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        return app.Logs.Entries.Skip(before).Where(e => e.Level >= LogLevel.Information).ToList();
    }

    [Theory]
    [InlineData("/findings/evaluating-transport-investment", "/findings/{Slug}", 200)]
    [InlineData("/api/search?q=confidential%20words", "/api/search", 200)]
    [InlineData("/api/search", "/api/search", 400)]
    [InlineData("/no/such/page", "(no route)", 404)]
    public async Task EachRequest_WritesExactlyOneStructuredLine(string url, string route, int status)
    {
        var lines = await LinesForAsync(url);

        var line = Assert.Single(lines);
        Assert.Equal(RequestLogCategory, line.Category);
        Assert.Equal("GET", line.Values["Method"]);
        Assert.Equal(route, line.Values["Route"]);
        Assert.Equal(status, line.Values["StatusCode"]);
        Assert.False(string.IsNullOrEmpty(line.Values["RequestId"] as string));
        Assert.IsType<double>(line.Values["ElapsedMilliseconds"]);
        Assert.DoesNotContain("confidential", line.Message, StringComparison.Ordinal);
    }
}
