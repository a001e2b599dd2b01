using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LpipEvidence.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>
/// The real app in memory, on its own SQLite file in a temp folder, reading either the content fixtures (tests/Fixtures/content) or a
/// content folder the test supplies.
/// </summary>
public class EvidenceAppFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder;
    private readonly bool _ownsDataFolder;

    public EvidenceAppFactory() : this(RepositoryPaths.FixtureContent)
    {
    }

    internal EvidenceAppFactory(string contentPath)
    {
        ContentPath = contentPath;
        _dataFolder = Path.Combine(Path.GetTempPath(), "lpip-web-" + Guid.NewGuid().ToString("N"));
        _ownsDataFolder = true;
    }

    /// <summary>An app on the store in <paramref name="dataFolder"/>, which outlives it: for tests of restarts.</summary>
    internal EvidenceAppFactory(string contentPath, string dataFolder)
    {
        ContentPath = contentPath;
        _dataFolder = dataFolder;
    }

    public string ContentPath { get; }

    /// <summary>Whether the app watches the content folder (off unless a test is about watching).</summary>
    public bool Watch { get; init; }

    public string DatabasePath => Path.Combine(_dataFolder, "evidence.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        TestAppSettings.Apply(builder);
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Content:Watch", Watch ? "true" : "false");
        builder.UseSetting("ConnectionStrings:Evidence", $"Data Source={DatabasePath}");
        builder.ConfigureTestServices(RememberingEmbedder.ReplaceModel);
    }

    /// <summary>GETs a page and parses it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string url)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        if (!_ownsDataFolder) return;
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
