using System.Net;
using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// One running site and one headless Chromium for a test collection. Tests open their own
/// <see cref="IBrowserContext"/> through <see cref="OpenPageAsync"/>, so no state leaks between them.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private readonly string _databaseFolder =
        Path.Combine(Path.GetTempPath(), "lpip-e2e-" + Guid.NewGuid().ToString("N"));

    private readonly GitFixtureContent _content = new();
    private SiteFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The site's root address, ending in a slash.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been launched.");

    /// <summary>Every search the search island has run, on the server, in order.</summary>
    public SearchLog SearchLog => _factory?.SearchLog ?? throw new InvalidOperationException("The site has not started.");

    static SiteFixture()
    {
        // Expectations retry for up to 20 s, not Playwright's 5 s: an answer over the live-search connection that
        // takes milliseconds when the machine is quiet has been seen to take seconds with every test project running
        // at once on two shared cores. A wrong page still fails, only later.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_databaseFolder);
        _factory = new SiteFactory(_databaseFolder, _content.Root);
        _factory.StartServer();
        BaseAddress = _factory.Address;
        await EnsureHealthyAsync(BaseAddress);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context (no cookies, no local storage) and page with the given viewport width and colour
    /// scheme, with or without JavaScript.
    /// </summary>
    public async Task<BrowserPage> OpenPageAsync(
        int width, ColorScheme colorScheme = ColorScheme.Light, bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = Viewports.HeightFor(width) },
            ColorScheme = colorScheme,
            Locale = "en-GB",
            JavaScriptEnabled = javaScriptEnabled,
        });
        // Page loads and actions (clicks, typing, waits) wait up to a minute, not Playwright's 30 s: on a two-core
        // machine shared with other builds, with both collections and the other test projects running at once, a load
        // that takes a second when quiet has been seen to take over 30 s. A broken page still fails (its status, its
        // content), only later.
        context.SetDefaultNavigationTimeout(60_000);
        context.SetDefaultTimeout(60_000);
        if (javaScriptEnabled) await SearchIsland.WatchAsync(context);
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page, javaScriptEnabled);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _content.Dispose();
        try
        {
            Directory.Delete(_databaseFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static async Task EnsureHealthyAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The site at {baseAddress} answered /healthz with {(int)response.StatusCode}.");
        }
    }
}
