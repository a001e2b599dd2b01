using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LpipEvidence.Web.SavedBriefings;
using LpipEvidence.Web.Tests.Deployment;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Tests.SavedBriefings;

/// <summary>
/// The briefings store in operation: a store that is down fails only saving and saved briefings (503, said plainly)
/// and shows in readiness; a read-only instance without one hides "Save and share"; saving is rate-limited; the
/// settings are checked at start.
/// </summary>
public sealed class SavedBriefingOperationsTests(ArtifactFixture artifact) : IClassFixture<ArtifactFixture>
{
    private const string Findings = "f=evaluating-transport-investment,digital-connectivity-for-clusters";

    /// <summary>A briefings store that cannot be created: its folder would have to be inside a file.</summary>
    private static OperationsAppFactory WithBrokenBriefingsStore()
    {
        var blocker = Path.Combine(Path.GetTempPath(), "lpip-not-a-folder-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(blocker, "");
        return new OperationsAppFactory(new Dictionary<string, string> { ["ConnectionStrings:Briefings"] = $"Data Source={Path.Combine(blocker, "briefings.db")}" });
    }

    [Fact]
    public async Task ABriefingsStoreThatIsDown_MakesSaving503WithAClearMessage_WhileEveryOtherPageWorks()
    {
        await using var app = WithBrokenBriefingsStore();
        var client = app.Client();

        var save = await SaveForm.SubmitAsync(client, "/briefing?" + Findings);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, save.StatusCode);
        Assert.True(save.Headers.RetryAfter is not null);
        var page = new HtmlParser().ParseDocument(await save.Content.ReadAsStringAsync());
        Assert.Contains("Saved briefings cannot be reached at the moment", page.QuerySelector(".save-share__problems")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".briefing-finding").Length);

        var saved = await client.GetAsync("/b/AAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, saved.StatusCode);
        Assert.Contains("This saved briefing cannot be opened just now", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/briefings/AAAAAAAAAAA")).StatusCode);

        foreach (var url in new[] { "/", "/themes", "/findings/evaluating-transport-investment", "/briefing?" + Findings, "/api/findings", "/briefing/md?" + Findings })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task ABriefingsStoreThatIsDown_IsReportedByReadiness_AsDegraded()
    {
        await using var app = WithBrokenBriefingsStore();

        var response = await app.Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", body.RootElement.GetProperty("status").GetString());
        var briefings = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "briefings");
        Assert.Equal("Degraded", briefings.GetProperty("status").GetString());
        Assert.Contains("saving and opening saved briefings answer 503", briefings.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadOnlyInstanceWithoutABriefingsStore_HidesSaveAndShare_AndWritesNoBriefingsFile()
    {
        await using var app = new ArtifactAppFactory(artifact.File);
        var client = app.Client();

        var response = await client.GetAsync("/briefing?" + Findings);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, page.QuerySelectorAll(".briefing-finding").Length);
        Assert.Null(page.QuerySelector("[data-save-share]"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/b/AAAAAAAAAAA")).StatusCode);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(artifact.File)!, "briefings*"));
    }

    [Fact]
    public async Task Saving_OverTheLimit_Answers429WithRetryAfter()
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string> { ["RateLimits:SaveBriefing:PermitLimit"] = "1" });
        var client = app.Client();

        Assert.Equal(HttpStatusCode.Redirect, (await SaveForm.SubmitAsync(client, "/briefing?" + Findings)).StatusCode);
        var second = await SaveForm.SubmitAsync(client, "/briefing?" + Findings);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter is not null);
        // Reading the briefing page is not limited by saving.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/briefing?" + Findings)).StatusCode);
    }

    [Fact]
    public async Task AFullStore_RefusesToSave_Answers503AndSaysWhatToDoInstead()
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string> { ["Briefings:MaxBriefings"] = "1" });
        var client = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await SaveForm.SubmitAsync(client, "/briefing?" + Findings)).StatusCode);

        var second = await SaveForm.SubmitAsync(client, "/briefing?" + Findings);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Contains("Print or download this briefing instead", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Briefings:Provider", "Postgres", "set ConnectionStrings:Briefings")]
    [InlineData("Briefings:KeepFor", "00:00:00", "Briefings:KeepFor must be longer than zero")]
    [InlineData("Briefings:MaxBriefings", "0", "Briefings:MaxBriefings must be 1 or more")]
    [InlineData("Briefings:CleanupEvery", "-00:01:00", "Briefings:CleanupEvery must be longer than zero")]
    public void BadBriefingsSettings_AreRefusedByTheStartCheck_SayingWhatToSet(string key, string value, string expected)
    {
        // The check StartupRefusal runs before anything is opened (every ValidateOnStart), on the briefings settings alone.
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[key] = value;
        builder.AddSavedBriefings();
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
