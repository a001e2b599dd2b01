using LpipEvidence.Web.Caching;
using LpipEvidence.Web.Components;
using LpipEvidence.Web.Components.Layout;
using LpipEvidence.Web.Endpoints;
using LpipEvidence.Web.Errors;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.Logging;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace LpipEvidence.Web.Hosting;

/// <summary>Registers and wires the Blazor site: static SSR pages, MudBlazor, errors, headers and endpoints.</summary>
public static class SiteServiceCollectionExtensions
{
    /// <summary>Configuration section for Blazor's circuit options (see docs/operations.md for the choices).</summary>
    public const string CircuitsSection = "Circuits";

    /// <summary>Adds Razor components (static SSR, with Interactive Server for islands only) and MudBlazor.</summary>
    public static WebApplicationBuilder AddEvidenceSite(this WebApplicationBuilder builder)
    {
        // Static web assets (MudBlazor's CSS and JS) are wired automatically only in Development or after publish;
        // this makes `dotnet run` with any environment serve them too.
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "_content", "MudBlazor", "MudBlazor.min.css")))
        {
            builder.WebHost.UseStaticWebAssets();
        }
        // Say nothing about the server software; bound what connections can hold (KestrelLimits).
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            KestrelLimits.Apply(kestrel.Limits);
        });

        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = CircuitDefaults.MaximumReceiveMessageSize);
        builder.Services.AddOptions<CircuitOptions>().Configure(CircuitDefaults.Apply).BindConfiguration(CircuitsSection);
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<SiteTheme>();

        // First in the whole pipeline: startup filters wrap it in the order they were registered, and the
        // framework registers host filtering's before the app's own services.
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, FrontDoorMiddleware.StartupFilter>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ClientFaultLog>();
        // Minimal-API parameters are checked by their attributes ([Range], [Required]...); QueryProblems names each
        // bad query value as the query spells it.
        builder.Services.AddValidation();
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = QueryProblems.NameErrorsByQuery);
        builder.Services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        builder.Services.AddExceptionHandler<SiteExceptionHandler>();
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            // Other sites on the organisation's domain are not ours to move to HTTPS.
            hsts.IncludeSubDomains = false;
        });
        builder.Services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    /// <summary>
    /// The request pipeline, in order. <see cref="FrontDoorMiddleware"/> runs before everything (security headers on
    /// every answer, a malformed Host refused, the last resort for errors), then host filtering (AllowedHosts) and
    /// routing (the framework puts them first). Then: forwarded headers from trusted proxies, so everything after sees the client's address
    /// and scheme; the request log, outside everything that can change the status; errors (exceptions, then status
    /// codes: problem+json on /api, pages elsewhere); HSTS; the redirect of other spellings of a page's
    /// address to its canonical one; cache headers (CacheHeadersMiddleware); rate limits; the output
    /// cache; antiforgery.
    /// </summary>
    public static WebApplication UseEvidenceSite(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = SiteExceptionHandler.StatusCodeFor,
            // SiteExceptionHandler logs a broken store itself, at most every few seconds, instead of once per request.
            // A client's malformed request is its fault, not the site's: noted without a stack trace, bounded.
            SuppressDiagnosticsCallback = context => StoreFailure.Is(context.Exception) || context.Exception is BadHttpRequestException,
        });
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseMiddleware<ApiProblemsMiddleware>();
        app.UseMiddleware<Discovery.CanonicalAddressMiddleware>();
        app.UseMiddleware<CacheHeadersMiddleware>();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Maps static assets, the pages and the HTTP endpoints.</summary>
    public static WebApplication MapEvidenceSite(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapSearchApi();
        app.MapOpenData();
        app.MapDiscovery();
        app.MapOpenApi("/openapi/{documentName}.json").RequireRateLimiting(RateLimiting.RateLimitPolicies.Data);
        app.MapBriefingExports();
        app.MapFeeds();
        // FrontDoorMiddleware sends the whole policy, frame-ancestors included.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
