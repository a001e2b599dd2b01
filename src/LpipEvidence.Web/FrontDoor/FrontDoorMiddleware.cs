using LpipEvidence.Web.Logging;

namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// The first thing every request meets, ahead of even the framework's host filtering: it promises the security
/// headers on whatever answer the request gets, refuses a Host nothing could build an address from (400), and is the
/// last resort should the error handler itself fail, so that no exception ever leaves the app.
/// </summary>
public sealed partial class FrontDoorMiddleware(RequestDelegate next, ClientFaultLog clientFaults, ILogger<FrontDoorMiddleware> logger, TimeProvider time)
{
    private static readonly Func<object, Task> AddSecurityHeaders = state =>
    {
        SecurityHeaders.Apply(((HttpContext)state).Response.Headers);
        return Task.CompletedTask;
    };

    private long _nextFailureLogTicks;
    private int _failuresNotLogged;

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(AddSecurityHeaders, context);
        if (!HostHeader.IsValid(context.Request))
        {
            await RefuseHostAsync(context, clientFaults);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            // Only reached when the error handler could not answer (it failed too, or the fault came before it).
            LogFailure(exception);
            context.Response.Clear();
            context.Response.StatusCode = SiteErrorStatus(context, exception);
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/plain; charset=utf-8";
            if (context.Response.StatusCode != 499) await context.Response.WriteAsync("The site could not answer this request.", context.RequestAborted);
        }
    }

    /// <summary>400 for a Host that is not a valid host[:port]; also used after a trusted proxy's X-Forwarded-Host.</summary>
    internal static Task RefuseHostAsync(HttpContext context, ClientFaultLog clientFaults)
    {
        clientFaults.Note(ClientFault.InvalidHost, "Refused a request whose Host header is not a valid host[:port]");
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(HostHeader.Refusal, context.RequestAborted);
    }

    private static int SiteErrorStatus(HttpContext context, Exception exception) =>
        Errors.SiteExceptionHandler.IsAbandoned(context, exception) ? 499 : Errors.SiteExceptionHandler.StatusCodeFor(exception);

    /// <summary>A failure of the error handling itself is a bug worth a stack trace, but one a minute at most.</summary>
    private void LogFailure(Exception exception)
    {
        var now = time.GetUtcNow().UtcTicks;
        var next = Interlocked.Read(ref _nextFailureLogTicks);
        if (now < next || Interlocked.CompareExchange(ref _nextFailureLogTicks, now + ClientFaultLog.Every.Ticks, next) != next)
        {
            Interlocked.Increment(ref _failuresNotLogged);
            return;
        }
        LogUnhandled(Interlocked.Exchange(ref _failuresNotLogged, 0), exception);
    }

    [LoggerMessage(EventId = 3, EventName = "Unhandled", Level = LogLevel.Error,
        Message = "A request failed and the error handler could not answer it ({NotLogged} more since the last such line)")]
    private partial void LogUnhandled(int notLogged, Exception exception);

    /// <summary>Puts the front door ahead of every other middleware, host filtering included.</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<FrontDoorMiddleware>();
            next(app);
        };
    }
}
