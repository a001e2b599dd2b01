using System.Globalization;
using System.Threading.RateLimiting;
using LpipEvidence.Web.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.RateLimiting;

/// <summary>
/// Per-client rate limits with the ASP.NET Core rate limiter, answered with 429 and Retry-After (problem+json on
/// the API). Requests are sorted by path, so the limits also hold for the Blazor hub's own endpoints.
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
            limiter.OnRejected = (context, cancellationToken) => RejectAsync(context, limits, cancellationToken);
            if (!limits.Enabled) return;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(RequestRate(limits), OpenConnections(limits));
        });
        return builder;
    }

    /// <summary>Which limit applies to a request, from its path alone.</summary>
    public static LimitedRoute Classify(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value ?? "";
        if (path.Equals("/api/search", StringComparison.OrdinalIgnoreCase)) return LimitedRoute.Search;
        if (path.Equals("/briefing/docx", StringComparison.OrdinalIgnoreCase) || path.Equals("/briefing/md", StringComparison.OrdinalIgnoreCase)) return LimitedRoute.Exports;
        if (HttpMethods.IsPost(request.Method) && path.Equals("/briefing", StringComparison.OrdinalIgnoreCase)) return LimitedRoute.SaveBriefing;
        if (path.StartsWith(LpipEvidence.SavedBriefings.SavedBriefingPaths.Prefix + "/", StringComparison.Ordinal)
            && (path.EndsWith("/docx", StringComparison.Ordinal) || path.EndsWith("/md", StringComparison.Ordinal)))
        {
            return LimitedRoute.Exports;
        }
        if (path.StartsWith("/reviews/", StringComparison.OrdinalIgnoreCase) &&
            (path.EndsWith("/cite.ris", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/cite.bib", StringComparison.OrdinalIgnoreCase)))
        {
            return LimitedRoute.Exports;
        }
        if (path.StartsWith("/data/findings.", StringComparison.OrdinalIgnoreCase)) return LimitedRoute.Exports;
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/openapi/", StringComparison.OrdinalIgnoreCase)) return LimitedRoute.Data;
        if (path.EndsWith("/feed.atom", StringComparison.OrdinalIgnoreCase)
            && (path.Equals(LpipEvidence.Catalog.SitePaths.WhatsNewFeed, StringComparison.OrdinalIgnoreCase)
                || path.StartsWith("/themes/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/reviews/", StringComparison.OrdinalIgnoreCase)))
        {
            return LimitedRoute.Feeds;
        }
        // A connection starts with a negotiation, or, for a client that skips it, with a WebSocket request that names
        // no connection id. Requests that carry an id belong to a connection that already counted.
        if (path.Equals(BlazorHub + "/negotiate", StringComparison.OrdinalIgnoreCase)) return LimitedRoute.NewCircuit;
        if (path.Equals(BlazorHub, StringComparison.OrdinalIgnoreCase) && !request.Query.ContainsKey("id")) return LimitedRoute.NewCircuit;
        return LimitedRoute.None;
    }

    /// <summary>Fixed windows per client and kind of request.</summary>
    private static PartitionedRateLimiter<HttpContext> RequestRate(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var route = Classify(context.Request);
            var rule = RuleFor(route, limits);
            if (rule is null) return RateLimitPartition.GetNoLimiter("");
            return RateLimitPartition.GetFixedWindowLimiter($"{route}:{ClientAddress.Key(context)}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = rule.PermitLimit,
                Window = rule.Window,
                QueueLimit = 0,
            });
        });

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

    private static RateLimitRule? RuleFor(LimitedRoute route, RateLimitOptions limits) => route switch
    {
        LimitedRoute.Search => limits.Search,
        LimitedRoute.Exports => limits.Exports,
        LimitedRoute.Data => limits.Data,
        LimitedRoute.Feeds => limits.Feeds,
        LimitedRoute.SaveBriefing => limits.SaveBriefing,
        LimitedRoute.NewCircuit => limits.Circuits,
        _ => null,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitOptions limits, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait
            : RuleFor(Classify(http.Request), limits)?.Window ?? ConnectionRetryAfter;
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
