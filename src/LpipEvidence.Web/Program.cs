using LpipEvidence.Web.Endpoints;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.DataProtection;
using LpipEvidence.Web.Health;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.RateLimiting;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

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

// Disposed on the way out, so a refusal to start is written before the process exits.
await using var app = builder.Build();
if (!await app.OpenEvidenceStoreAsync()) return 1;
await app.OpenBriefingsStoreAsync();
app.UseEvidenceSite();
app.MapEvidenceSite();
app.MapSavedBriefings();
await app.RunAsync();
return 0;
