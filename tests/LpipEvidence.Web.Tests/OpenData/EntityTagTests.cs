using System.Net;
using System.Text.Json;
using LpipEvidence.Import;
using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.OpenData;

/// <summary>An ETag names one version of the content: after an import that changes it, the old tag gets the new answer.</summary>
public sealed class EntityTagTests
{
    [Fact]
    public async Task AfterContentChanges_TheOldTagGetsTheNewAnswer()
    {
        const string url = "/api/themes/skills-and-talent";
        using var content = TempContent.CopyOf(RepositoryPaths.FixtureContent);
        await using var app = new OperationsAppFactory(null, content.Root);
        var client = app.Client();
        var before = (await client.GetAsync(url)).Headers.ETag!;

        var path = Path.Combine(content.Root, "themes", "skills-and-talent.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("title: Skills and talent", "title: Skills, talent and training", StringComparison.Ordinal));
        Assert.Equal(ImportOutcome.Imported, (await app.Services.GetRequiredService<EvidenceImporter>().ImportAsync(content.Root)).Store.Outcome);

        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(before);
        var after = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
        var theme = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("theme");
        Assert.Equal("Skills, talent and training", theme.GetProperty("title").GetString());
    }
}
