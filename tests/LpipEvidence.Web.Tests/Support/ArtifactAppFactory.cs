using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>
/// The real app in memory serving a store artifact read-only (<c>Store:Artifact</c>), as one of several instances:
/// it may share a data-protection key folder with others. It is given no content folder, since it reads none.
/// </summary>
public sealed class ArtifactAppFactory(string artifact, string? keyFolder = null) : WebApplicationFactory<Program>
{
    public string Artifact { get; } = artifact;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        TestAppSettings.Apply(builder);
        builder.UseSetting("Store:Artifact", Artifact);
        builder.UseSetting("ConnectionStrings:Evidence", "");
        builder.UseSetting("Content:Path", Path.Combine(Path.GetTempPath(), "lpip-no-content-" + Guid.NewGuid().ToString("N")));
        if (keyFolder is not null) builder.UseSetting("DataProtection:KeyFolder", keyFolder);
    }

    /// <summary>A client that does not follow redirects.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) SqliteConnection.ClearAllPools();
    }
}
