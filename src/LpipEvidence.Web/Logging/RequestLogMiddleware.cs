using System.Diagnostics;

namespace LpipEvidence.Web.Logging;

/// <summary>
/// One structured line per request: request id, method, route pattern (never the query, which holds what people
/// search for), status and duration. The framework's own per-request lines are turned down in appsettings.json.
/// </summary>
public sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        // Routing has already run, so the route is the one asked for, even when an error page answers it.
        var route = context.GetEndpoint() switch
        {
            RouteEndpoint endpoint => endpoint.RoutePattern.RawText ?? endpoint.DisplayName ?? "",
            { } endpoint => endpoint.DisplayName ?? "",
            null => "(no route)",
        };
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            if (context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted) status = 499;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogRequest(context.TraceIdentifier, context.Request.Method, route, status, elapsed);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "Request", Level = LogLevel.Information,
        Message = "{Method} {Route} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms (request {RequestId})")]
    private partial void LogRequest(string requestId, string method, string route, int statusCode, double elapsedMilliseconds);
}
