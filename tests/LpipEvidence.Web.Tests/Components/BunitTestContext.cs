using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>One bUnit context with MudBlazor's services, as the site registers them.</summary>
public abstract class BunitTestContext : IAsyncLifetime
{
    protected BunitContext Context { get; } = new();

    public Task InitializeAsync()
    {
        Context.Services.AddMudServices();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
