using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpipEvidence.Web.Health;

/// <summary>
/// Writes a health report as JSON: <c>{ "status": "Healthy", "checks": [ { "name", "status", "description" } ] }</c>.
/// Exception details stay in the logs: the body is public.
/// </summary>
public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new HealthBody(
            report.Status.ToString(),
            report.Entries.Select(e => new HealthCheckBody(e.Key, e.Value.Status.ToString(), e.Value.Description)).ToList());
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    private sealed record HealthBody(string Status, IReadOnlyList<HealthCheckBody> Checks);

    private sealed record HealthCheckBody(string Name, string Status, string? Description);
}
