using System.Net;
using LpipEvidence.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>
/// The app on the test fixtures with extra settings (AllowedHosts, Site:*, RateLimits:*...), a log that tests can
/// read, and a stand-in for the client's network address: TestServer has none, so a request may name one in
/// <see cref="ClientAddressHeader"/>, as Kestrel would see it before any proxy header is read.
/// </summary>
public sealed class OperationsAppFactory : EvidenceAppFactory
{
    /// <summary>Test-only request header: the connection's remote IP address.</summary>
    public const string ClientAddressHeader = "X-Test-Connection-Address";

    private readonly IReadOnlyDictionary<string, string> _settings;

    public OperationsAppFactory()
        : this(null)
    {
    }

    internal OperationsAppFactory(IReadOnlyDictionary<string, string>? settings, string? contentPath = null)
        : base(contentPath ?? RepositoryPaths.FixtureContent)
    {
        _settings = settings ?? new Dictionary<string, string>();
    }

    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddressStartupFilter>());
    }

    /// <summary>A client that does not follow redirects.</summary>
    public HttpClient Client(string? baseAddress = null)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (baseAddress is not null) client.BaseAddress = new Uri(baseAddress);
        return client;
    }

    private sealed class ClientAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address)) context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
