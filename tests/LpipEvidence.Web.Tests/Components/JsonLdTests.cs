using System.Text.Json.Nodes;
using Bunit;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class JsonLdTests : BunitTestContext
{
    [Fact]
    public void JsonLd_IsADataBlockHoldingTheData()
    {
        var data = new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "Report", ["name"] = "Test Fixture Review" };

        var block = Assert.Single(Context.Render<JsonLd>(p => p.Add(j => j.Data, data)).FindAll("script"));

        Assert.Equal("application/ld+json", block.GetAttribute("type"));
        Assert.True(JsonNode.DeepEquals(data, JsonNode.Parse(block.TextContent)));
    }

    [Fact]
    public void JsonLd_ContentThatTriesToCloseTheElement_StaysInsideIt()
    {
        const string Hostile = "A </script><script>alert(1)</script> <!-- title";
        var data = new JsonObject { ["@type"] = "Report", ["name"] = Hostile };

        var block = Assert.Single(Context.Render<JsonLd>(p => p.Add(j => j.Data, data)).FindAll("script"));

        Assert.Equal(Hostile, JsonNode.Parse(block.TextContent)?["name"]?.GetValue<string>());
    }
}
