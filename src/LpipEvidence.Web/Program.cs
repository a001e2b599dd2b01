using LpipEvidence.Web.Briefings;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.CommandLine;
using LpipEvidence.Web.DataProtection;
using LpipEvidence.Web.Discovery;
using LpipEvidence.Web.Endpoints;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.Health;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.OpenData;
using LpipEvidence.Web.RateLimiting;
using LpipEvidence.Web.SavedBriefings;
using LpipEvidence.Web.Search;
using LpipEvidence.Web.Store;

// The verbs (check, import, draft), --help, --version and mistakes end here; settings alone run the site.
if (!AppCommandLine.RunsTheSite(args)) return await AppCommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddEvidenceStore();
builder.AddSearch();
builder.AddBriefings();
builder.AddSavedBriefings();
builder.AddEvidenceSite();
builder.AddPublicAddress();
builder.AddSharedKeyRing();
builder.AddHealth();
builder.AddRateLimits();
builder.AddContentCache();
builder.AddOpenData();
builder.AddDiscovery();

var app = builder.Build();
// Disposed on the way out, so a refusal to start is written before the process exits. Hosted in memory (the tests'
// WebApplicationFactory), the host that holds the app disposes it: disposing it here too raced the host reading its
// services after a refused start, turning the refusal into an ObjectDisposedException.
await using var owned = StartupRefusal.OwnsTheProcess ? app : null;
// Every refusal (settings, artifact, address) is one log line and an exit code from StartupRefusal.
return await StartupRefusal.RunAsync(app, async () =>
{
    if (!await app.OpenEvidenceStoreAsync()) return StartupRefusal.ArtifactRefused;
    await app.OpenBriefingsStoreAsync();
    app.UseEvidenceSite();
    app.MapEvidenceSite();
    app.MapSavedBriefings();
    // Not RunAsync, which disposes the app on a failed start before the refusal could be logged.
    await app.StartAsync();
    await app.WaitForShutdownAsync();
    return StartupRefusal.Stopped;
});
