using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// The real app on Kestrel (.NET 10's <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel(int)"/>), bound to
/// 127.0.0.1 on a free port, serving a copy of the content fixtures (tests/Fixtures/content) kept in git
/// (<see cref="GitFixtureContent"/>), from a SQLite file in its own temporary folder.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFolder;
    private readonly string _contentFolder;

    public SiteFactory(string databaseFolder, string contentFolder)
    {
        _databaseFolder = databaseFolder;
        _contentFolder = contentFolder;
        // Port 0: Kestrel picks a free port on 127.0.0.1; ClientOptions.BaseAddress gets the real address on start.
        UseKestrel(0);
    }

    /// <summary>The address the app listens on, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => ClientOptions.BaseAddress;

    /// <summary>Every search the search island runs.</summary>
    public SearchLog SearchLog { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Content:Path", _contentFolder);
        LpipEvidence.Web.Tests.Support.TestAppSettings.Apply(builder);
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("ConnectionStrings:Evidence", $"Data Source={Path.Combine(_databaseFolder, "evidence.db")}");
        // Both collections' sites embed the same fixtures: the model runs once per text (see RememberingEmbedder).
        builder.ConfigureTestServices(LpipEvidence.Web.Tests.Support.RememberingEmbedder.ReplaceModel);
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(SearchLog);
            logging.AddFilter<SearchLog>(SearchLog.Category, LogLevel.Debug);
        });
    }
}
