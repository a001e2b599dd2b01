using LpipEvidence.Web.Logging;
using Microsoft.AspNetCore.Diagnostics;

namespace LpipEvidence.Web.Errors;

/// <summary>
/// Maps exceptions to answers in one place. A broken store is 503 with Retry-After everywhere (the page
/// "temporarily unavailable" or, on the API, problem+json); any other exception on the API is a problem+json 500.
/// Page errors go on to the /error page, which the exception handler middleware renders with the status chosen by
/// <see cref="StatusCodeFor"/>.
/// </summary>
public sealed partial class SiteExceptionHandler(ILogger<SiteExceptionHandler> logger, TimeProvider time, ClientFaultLog clientFaults) : IExceptionHandler
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);
    private long _nextLogTicks;
    private int _suppressed;

    /// <summary>The status an exception is answered with: 503 for a broken store, else 500.</summary>
    public static int StatusCodeFor(Exception exception) =>
        StoreFailure.Is(exception) ? StatusCodes.Status503ServiceUnavailable
        : exception is BadHttpRequestException bad ? bad.StatusCode
        : StatusCodes.Status500InternalServerError;

    /// <summary>
    /// Whether the request's client has gone and the exception only says its work was stopped: a statement interrupted
    /// for that reason (<see cref="LpipEvidence.Store.SqliteInterruptInterceptor"/>) or a cancellation. Nobody is there
    /// to answer, and nothing is wrong with the site.
    /// </summary>
    public static bool IsAbandoned(HttpContext httpContext, Exception exception) =>
        httpContext.RequestAborted.IsCancellationRequested
        && (exception is OperationCanceledException || LpipEvidence.Store.SqliteInterruptInterceptor.IsInterrupt(exception));

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (IsAbandoned(httpContext, exception))
        {
            // 499, nginx's "client closed request": recorded in the request log line, never answered, never an error.
            httpContext.Response.StatusCode = 499;
            return true;
        }
        var status = StatusCodeFor(exception);
        if (exception is BadHttpRequestException) clientFaults.Note(ClientFault.BadRequest, $"Refused a malformed request with {status}: {exception.Message}");
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            LogStoreUnavailable(exception);
            httpContext.Response.Headers.RetryAfter = StoreFailure.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        // By now the middleware has pointed the request at /error; the path that failed is kept in this feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        if (!ApiRoutes.Is(new PathString(path))) return false;

        if (status == StatusCodes.Status500InternalServerError) LogApiFailure(exception, path);
        httpContext.Response.StatusCode = status;
        await ApiRoutes.WriteProblemAsync(httpContext, status, status == StatusCodes.Status503ServiceUnavailable
            ? "The evidence store cannot be read at the moment. Try again later."
            : null);
        return true;
    }

    /// <summary>One line at most every few seconds while the store is down, with how many were left out.</summary>
    private void LogStoreUnavailable(Exception exception)
    {
        var now = time.GetUtcNow().UtcTicks;
        var next = Interlocked.Read(ref _nextLogTicks);
        if (now < next || Interlocked.CompareExchange(ref _nextLogTicks, now + LogEvery.Ticks, next) != next)
        {
            Interlocked.Increment(ref _suppressed);
            return;
        }
        LogStoreError(Interlocked.Exchange(ref _suppressed, 0), exception);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The evidence store is unavailable; answering 503 ({Suppressed} more since the last message)")]
    private partial void LogStoreError(int suppressed, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on API route {Path}")]
    private partial void LogApiFailure(Exception exception, string path);
}
