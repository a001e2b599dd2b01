using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>A page in its own browser context; disposing closes the context.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>Loads a site path and returns the HTTP status of the document.</summary>
    public async Task<int> GoToAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        return response.Status;
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
