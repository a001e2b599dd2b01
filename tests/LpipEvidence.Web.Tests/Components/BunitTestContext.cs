using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>One bUnit context with MudBlazor's services and the public address, as the site registers them.</summary>
public abstract class BunitTestContext : IAsyncLifetime
{
    protected BunitContext Context { get; } = new();

    public Task InitializeAsync()
    {
        Context.Services.AddMudServices();
        // As AddPublicAddress registers it: components that print the page's address need it.
        Context.Services.AddOptions();
        Context.Services.AddSingleton<LpipEvidence.Web.FrontDoor.PublicAddress>();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
