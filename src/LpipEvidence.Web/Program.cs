using LpipEvidence.Web.Caching;
using LpipEvidence.Web.Health;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.RateLimiting;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddEvidenceStore();
builder.AddSearch();
builder.AddBriefings();
builder.AddEvidenceSite();
builder.AddPublicAddress();
builder.AddHealth();
builder.AddRateLimits();
builder.AddContentCache();

var app = builder.Build();
await app.InitialiseEvidenceStoreAsync();
app.UseEvidenceSite();
app.MapEvidenceSite();
await app.RunAsync();
return 0;
