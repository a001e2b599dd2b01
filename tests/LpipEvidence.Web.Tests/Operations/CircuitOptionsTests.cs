using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>The circuit options are the site's deliberate choices (see docs/operations.md), and configurable.</summary>
public sealed class CircuitOptionsTests
{
    [Fact]
    public async Task Defaults_AreTheDocumentedChoices()
    {
        await using var app = new OperationsAppFactory();

        var circuits = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal(TimeSpan.FromMinutes(1), circuits.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(50, circuits.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromSeconds(10), circuits.JSInteropDefaultCallTimeout);
        Assert.Equal(5, circuits.MaxBufferedUnacknowledgedRenderBatches);
        Assert.False(circuits.DetailedErrors);
    }

    [Fact]
    public async Task Configuration_OverridesThem()
    {
        await using var app = new OperationsAppFactory(new Dictionary<string, string>
        {
            ["Circuits:DisconnectedCircuitMaxRetained"] = "7",
            ["Circuits:DisconnectedCircuitRetentionPeriod"] = "00:00:30",
        });

        var circuits = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal(7, circuits.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromSeconds(30), circuits.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(TimeSpan.FromSeconds(10), circuits.JSInteropDefaultCallTimeout);
    }
}
