using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>A page in its own browser context; disposing closes the context.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> _scriptErrors = [];

    public BrowserPage(IBrowserContext context, IPage page, bool javaScriptEnabled)
    {
        Context = context;
        Page = page;
        JavaScriptEnabled = javaScriptEnabled;
        // Console errors include Content-Security-Policy refusals and failed module loads; page errors are uncaught
        // exceptions. Either means a script on the site is broken.
        page.Console += (_, message) =>
        {
            if (message.Type == "error") _scriptErrors.Add($"console error: {message.Text}");
        };
        page.PageError += (_, error) => _scriptErrors.Add($"uncaught: {error}");
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public bool JavaScriptEnabled { get; }

    /// <summary>Console errors and uncaught exceptions seen so far, in order.</summary>
    public IReadOnlyList<string> ScriptErrors => _scriptErrors;

    /// <summary>
    /// Loads a site path and returns the HTTP status of the document. On a page with the search island, with
    /// JavaScript, it also waits until the island is live, so nothing is checked while Blazor swaps it in.
    /// </summary>
    public async Task<int> GoToAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        if (JavaScriptEnabled && await Page.Locator(SearchIsland.Box).CountAsync() > 0)
        {
            await SearchIsland.WaitUntilLiveAsync(Page);
        }
        return response.Status;
    }

    /// <summary>Asserts no script error has been seen since the page was opened.</summary>
    public void AssertNoScriptErrors() =>
        Assert.True(_scriptErrors.Count == 0, "Script errors on " + Page.Url + ":\n" + string.Join("\n", _scriptErrors));

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
