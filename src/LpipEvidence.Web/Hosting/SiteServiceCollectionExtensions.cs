using LpipEvidence.Web.Components;
using LpipEvidence.Web.Endpoints;
using MudBlazor.Services;

namespace LpipEvidence.Web.Hosting;

/// <summary>Registers and wires the Blazor site: static SSR pages, MudBlazor, security headers and endpoints.</summary>
public static class SiteServiceCollectionExtensions
{
    /// <summary>Adds Razor components (static SSR, with Interactive Server for islands only) and MudBlazor.</summary>
    public static WebApplicationBuilder AddEvidenceSite(this WebApplicationBuilder builder)
    {
        // Static web assets (MudBlazor's CSS and JS) are wired automatically only in Development or after publish;
        // this makes `dotnet run` with any environment serve them too.
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "_content", "MudBlazor", "MudBlazor.min.css")))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<SiteTheme>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>The request pipeline: errors, not-found pages, security headers, static assets, antiforgery.</summary>
    public static WebApplication UseEvidenceSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Maps static assets, the pages and the HTTP endpoints.</summary>
    public static WebApplication MapEvidenceSite(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapSearchApi();
        app.MapBriefingExports();
        // SecurityHeadersMiddleware sends the whole policy, frame-ancestors included.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
