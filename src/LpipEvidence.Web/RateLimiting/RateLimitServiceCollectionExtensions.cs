using System.Globalization;
using System.Threading.RateLimiting;
using LpipEvidence.Addresses;
using LpipEvidence.Web.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.RateLimiting;

/// <summary>
/// Per-client rate limits with the ASP.NET Core rate limiter, answered with 429 and Retry-After (problem+json on
/// the API): named policies (<see cref="RateLimitPolicies"/>) that endpoints and pages attach, and, by path, the
/// Blazor hub's new and open connections.
/// </summary>
public static class RateLimitServiceCollectionExtensions
{
    /// <summary>The Blazor hub's path, as mapped by <c>AddInteractiveServerRenderMode</c>.</summary>
    public const string BlazorHub = "/_blazor";

    private static readonly TimeSpan ConnectionRetryAfter = TimeSpan.FromSeconds(30);

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .Validate(o => new[] { o.Search, o.Exports, o.Data, o.Feeds, o.SaveBriefing, o.Circuits }.All(r => r.PermitLimit > 0 && r.Window > TimeSpan.Zero),
                "Every RateLimits rule needs a PermitLimit of 1 or more and a Window longer than zero.")
            .Validate(o => o.OpenCircuits > 0, "RateLimits:OpenCircuits must be 1 or more.")
            .ValidateOnStart();

        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(RateLimitPolicies.Search, context => PerClient(context, limits, limits.Search));
            limiter.AddPolicy(RateLimitPolicies.Exports, context => PerClient(context, limits, limits.Exports));
            limiter.AddPolicy(RateLimitPolicies.Data, context => PerClient(context, limits, limits.Data));
            limiter.AddPolicy(RateLimitPolicies.Feeds, context => PerClient(context, limits, limits.Feeds));
            limiter.AddPolicy(RateLimitPolicies.SaveBriefing, context => PerClient(context, limits, limits.SaveBriefing, r => HttpMethods.IsPost(r.Method)));
            if (!limits.Enabled) return;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(NewCircuits(limits), OpenConnections(limits));
        });
        return builder;
    }

    /// <summary>
    /// Whether a request opens a new interactive connection: a negotiation, or, for a client that skips it, a
    /// WebSocket request that names no connection id. Requests that carry an id belong to a connection that already counted.
    /// </summary>
    public static bool IsNewCircuit(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        return path.Equals(BlazorHub + "/negotiate", StringComparison.OrdinalIgnoreCase)
            || (path.Equals(BlazorHub, StringComparison.OrdinalIgnoreCase) && !request.Query.ContainsKey("id"));
    }

    /// <summary>A fixed window per client for <paramref name="rule"/>; no limit for requests <paramref name="counts"/> refuses.</summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, RateLimitOptions limits, RateLimitRule rule, Func<HttpRequest, bool>? counts = null) =>
        !limits.Enabled || (counts is not null && !counts(context.Request))
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Key(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = rule.PermitLimit,
                Window = rule.Window,
                QueueLimit = 0,
            });

    /// <summary>New interactive connections per client, the one limit chosen by path: the hub is the framework's.</summary>
    private static PartitionedRateLimiter<HttpContext> NewCircuits(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => PerClient(context, limits, limits.Circuits, IsNewCircuit));

    /// <summary>
    /// Open interactive connections per client. A WebSocket (or server-sent events) request to the hub lasts as long
    /// as its connection, so a concurrency lease held for the request is exactly one open connection.
    /// </summary>
    private static PartitionedRateLimiter<HttpContext> OpenConnections(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var request = context.Request;
            var isConnection = request.Path.Equals(BlazorHub, StringComparison.OrdinalIgnoreCase) && !HttpMethods.IsPost(request.Method);
            if (!isConnection) return RateLimitPartition.GetNoLimiter("");
            return RateLimitPartition.GetConcurrencyLimiter(ClientAddress.Key(context), _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.OpenCircuits,
                QueueLimit = 0,
            });
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        // Fixed windows say when the next one starts; an open-connection limit has no such time.
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : ConnectionRetryAfter;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        var message = $"Too many requests from your address. Try again in {seconds} seconds.";
        if (ApiRoutes.Is(http.Request))
        {
            await ApiRoutes.WriteProblemAsync(http, StatusCodes.Status429TooManyRequests, message);
            return;
        }
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message, cancellationToken);
    }
}
