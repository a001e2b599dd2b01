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

    /// <summary>Debian's Chromium as its headless shell (package chromium-headless-shell, which <c>.ci/run</c> installs).</summary>
    private const string HeadlessShell = "/usr/bin/chromium-headless-shell";

    /// <summary>
    /// The headless shell when it is installed, else full Chromium in headless mode. Both are Debian's build of the
    /// same Chromium; the shell leaves out the desktop browser's windowing and interface layers (it is what Playwright
    /// itself runs for headless tests), and runs these tests in 0.47 of the processor time (docs/performance.md).
    /// </summary>
    public static string ChromiumExecutable => File.Exists(HeadlessShell) ? HeadlessShell : "/usr/bin/chromium";

    private readonly string _databaseFolder =
        Path.Combine(Path.GetTempPath(), "lpip-e2e-" + Guid.NewGuid().ToString("N"));

    private readonly GitFixtureContent _content = new();
    private SiteFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly Dictionary<(int Width, ColorScheme Scheme), BrowserPage> _readingPages = [];
    private readonly HashSet<BrowserPage> _readingPagesInUse = [];

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
            ExecutablePath = ChromiumExecutable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context (no cookies, no local storage) and page with the given viewport width and colour
    /// scheme, with or without JavaScript.
    /// </summary>
    public Task<BrowserPage> OpenPageAsync(int width, ColorScheme colorScheme = ColorScheme.Light, bool javaScriptEnabled = true) =>
        OpenAsync(width, colorScheme, javaScriptEnabled, handBack: null);

    private async Task<BrowserPage> OpenAsync(int width, ColorScheme colorScheme, bool javaScriptEnabled, Func<BrowserPage, ValueTask>? handBack)
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
        return new BrowserPage(context, page, javaScriptEnabled, handBack);
    }

    /// <summary>
    /// A page for checks that only read pages (load a page, look at it, run axe): one kept per width and colour
    /// scheme instead of a new browser context each time, which is set up afresh and fetches and compiles every
    /// script and stylesheet again (docs/performance.md has the difference). Between uses the page's
    /// storage and cookies are cleared and it is left on a blank page, so each use starts with a full load of its
    /// address as a new visitor; the scripts and styles come from the browser's cache, as for anyone reading a second
    /// page. Tests that act on a page (tick, type, save) open their own with <see cref="OpenPageAsync"/>. Not for
    /// tests that run at the same time: the tests of one collection run one after another.
    /// </summary>
    public async Task<BrowserPage> OpenReadingPageAsync(int width, ColorScheme colorScheme = ColorScheme.Light)
    {
        var key = (width, colorScheme);
        if (!_readingPages.TryGetValue(key, out var kept))
        {
            kept = await OpenAsync(width, colorScheme, javaScriptEnabled: true, HandBackAsync);
            _readingPages[key] = kept;
        }
        if (!_readingPagesInUse.Add(kept)) throw new InvalidOperationException($"The reading page at {width} px ({colorScheme}) is already in use.");
        kept.ForgetScriptErrors();
        return kept;
    }

    private async ValueTask HandBackAsync(BrowserPage page)
    {
        _readingPagesInUse.Remove(page);
        try
        {
            if (page.Page.Url.StartsWith(BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
            {
                await page.Page.EvaluateAsync("() => { localStorage.clear(); sessionStorage.clear(); }");
            }
            await page.Context.ClearCookiesAsync();
            await page.Page.GotoAsync("about:blank");
        }
        catch (PlaywrightException)
        {
            // A page left in a state that cannot be cleared (a failed test's) is dropped, not reused, and its own
            // failure is the one reported.
            foreach (var (key, kept) in _readingPages.Where(entry => entry.Value == page).ToList()) _readingPages.Remove(key);
            await page.Context.CloseAsync();
        }
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
