using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// The site's public address (<see cref="SiteOptions"/>, <see cref="PublicAddress"/>) and whom it believes about
/// it: host filtering from <c>AllowedHosts</c> and forwarded headers from configured proxies only.
/// </summary>
public static class PublicAddressServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPublicAddress(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidation>();
        builder.Services.AddSingleton<PublicAddress>();

        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<SiteOptions>, IOptions<HostFilteringOptions>>((forwarded, site, hosts) =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
                forwarded.ForwardLimit = site.Value.ForwardLimit;
                // The defaults trust loopback; only the proxies the operator names are trusted here.
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var proxy in site.Value.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
                foreach (var network in site.Value.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                // Host filtering runs before forwarded headers, so X-Forwarded-Host is held to the same list here.
                foreach (var host in hosts.Value.AllowedHosts.Where(h => h != "*")) forwarded.AllowedHosts.Add(host);
            });
        return builder;
    }

    /// <summary>
    /// Believes X-Forwarded-* only from the configured proxies; everything after sees the client's address and scheme.
    /// With no proxy configured the headers are not read at all: ASP.NET Core's middleware checks no source when
    /// both of its lists are empty, and would believe every client.
    /// </summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.TrustsAnyProxy) return app;
        app.UseMiddleware<ForwardedSchemeFilter>();
        app.UseForwardedHeaders();
        // A trusted proxy may pass on a client's X-Forwarded-Host (AllowedHosts '*' lists none to hold it to): it is
        // held to the same form as a Host header.
        app.Use((context, next) => HostHeader.IsValid(context.Request)
            ? next(context)
            : FrontDoorMiddleware.RefuseHostAsync(context, context.RequestServices.GetRequiredService<Logging.ClientFaultLog>()));
        return app;
    }

    /// <summary>
    /// Checks the public address and proxies, and refuses to start when links could only come from whatever Host
    /// header arrives: no public address and AllowedHosts <c>*</c>.
    /// </summary>
    private sealed class SiteOptionsValidation(IOptions<HostFilteringOptions> hosts) : IValidateOptions<SiteOptions>
    {
        public ValidateOptionsResult Validate(string? name, SiteOptions options)
        {
            if ((SiteOptions.CheckPublicUrl(options.PublicUrl) ?? SiteOptions.CheckContactEmail(options.ContactEmail) ?? options.CheckProxies()) is { } problem) return ValidateOptionsResult.Fail(problem);
            if (!string.IsNullOrWhiteSpace(options.PublicUrl) || hosts.Value.AllowedHosts.Any(h => h != "*")) return ValidateOptionsResult.Success;
            return ValidateOptionsResult.Fail(
                "Set Site:PublicUrl (environment variable Site__PublicUrl) to the site's address, or list its host names in AllowedHosts: " +
                "with AllowedHosts '*' and no public address, any Host header could end up in the site's links.");
        }
    }
}
