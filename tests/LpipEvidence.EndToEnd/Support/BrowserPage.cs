using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// A page in its own browser context. Disposing closes the context, or, for a page the fixture keeps for read-only
/// checks (<see cref="SiteFixture.OpenReadingPageAsync"/>), hands it back.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> _scriptErrors = [];
    private readonly Func<BrowserPage, ValueTask>? _handBack;

    public BrowserPage(IBrowserContext context, IPage page, bool javaScriptEnabled, Func<BrowserPage, ValueTask>? handBack = null)
    {
        _handBack = handBack;
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

    /// <summary>Starts the record of script errors again, for a kept page's next use.</summary>
    internal void ForgetScriptErrors() => _scriptErrors.Clear();

    public async ValueTask DisposeAsync()
    {
        if (_handBack is not null) await _handBack(this);
        else await Context.CloseAsync();
    }
}
