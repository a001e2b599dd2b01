using LpipEvidence.Web.Hosting;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddEvidenceStore();
builder.AddSearch();
builder.AddBriefings();
builder.AddEvidenceSite();

var app = builder.Build();
await app.InitialiseEvidenceStoreAsync();
app.UseEvidenceSite();
app.MapEvidenceSite();
await app.RunAsync();
return 0;
