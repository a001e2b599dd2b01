using LpipEvidence.Search.Meaning;
using LpipEvidence.Tests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>The test apps' remembering model gives the model's own vectors, and stands in only for the model.</summary>
public sealed class RememberingEmbedderTests
{
    [Fact]
    public void Embed_GivesTheModelsVectors_AgainFromMemory_AndACopyEachTime()
    {
        string[] texts = ["universities working with businesses", "a recipe for banana bread", "universities working with businesses"];
        var model = MiniLmEmbedder.Shared.Embed(texts);

        var first = RememberingEmbedder.Shared.Embed(texts);
        first[0][0] = 42;
        var again = RememberingEmbedder.Shared.Embed(texts);

        Assert.Equal(texts.Length, again.Length);
        for (var i = 0; i < texts.Length; i++) Assert.Equal(model[i], again[i]);
        Assert.NotEqual(model[0], model[1]);
        Assert.Equal(MiniLmEmbedder.Shared.ModelName, RememberingEmbedder.Shared.ModelName);
        Assert.Equal(MiniLmEmbedder.Shared.Dimensions, RememberingEmbedder.Shared.Dimensions);
    }

    [Fact]
    public void ReplaceModel_StandsInForTheProcesssModel_AndLeavesNoModelOrATestsOwnAlone()
    {
        var app = new ServiceCollection().AddSingleton<ITextEmbedder>(MiniLmEmbedder.Shared);
        var wordsOnly = new ServiceCollection();
        var own = new RecordingEmbedder();
        var withOwn = new ServiceCollection().AddSingleton<ITextEmbedder>(own);

        RememberingEmbedder.ReplaceModel(app);
        RememberingEmbedder.ReplaceModel(wordsOnly);
        RememberingEmbedder.ReplaceModel(withOwn);

        Assert.Same(RememberingEmbedder.Shared, Assert.Single(app).ImplementationInstance);
        Assert.Empty(wordsOnly);
        Assert.Same(own, Assert.Single(withOwn).ImplementationInstance);
    }

    [Fact]
    public async Task AnAppOnTheFixtures_UsesIt()
    {
        await using var app = new EvidenceAppFactory();

        Assert.Same(RememberingEmbedder.Shared, app.Services.GetRequiredService<ITextEmbedder>());
    }
}
