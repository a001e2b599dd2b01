using System.Globalization;
using Microsoft.Playwright;

namespace LpipEvidence.Benchmarks.Circuits;

/// <summary>
/// Measures the server memory an interactive circuit costs: opens N search pages (each starts one circuit for the
/// search island) in headless Chromium against a running site, and reads the server's live heap after a full GC
/// before, with the N open, right after closing them, and after the disconnected-circuit retention period.
/// </summary>
public static class CircuitMemory
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--renderer-process-limit=4",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        string Option(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var url = Option("--url", "http://127.0.0.1:24317").TrimEnd('/');
        var pid = int.Parse(Option("--pid", "0"), CultureInfo.InvariantCulture);
        var count = int.Parse(Option("--count", "100"), CultureInfo.InvariantCulture);
        var retention = TimeSpan.FromSeconds(double.Parse(Option("--retention-seconds", "70"), CultureInfo.InvariantCulture));
        var gcdump = Option("--gcdump", "dotnet-gcdump");
        var abrupt = args.Contains("--abrupt");
        if (pid == 0)
        {
            await Console.Error.WriteLineAsync("usage: circuits --pid SERVER_PID [--url URL] [--count N] [--retention-seconds S] [--gcdump PATH] [--abrupt]");
            return 2;
        }
        var folder = Directory.CreateTempSubdirectory("lpip-circuits-").FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });

        // Warm up: JIT, caches and the first circuit's one-off costs are not a circuit's cost.
        var warm = await OpenAsync(browser, url);
        await warm.CloseAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = await ServerMemory.MeasureAsync(pid, gcdump, folder);
        Console.WriteLine($"before:            {before}");

        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < count; i++) contexts.Add(await OpenAsync(browser, url));
        var open = await ServerMemory.MeasureAsync(pid, gcdump, folder);
        Console.WriteLine($"{count} open:          {open}");
        Console.WriteLine($"per circuit:       {(open.HeapBytes - before.HeapBytes) / 1024.0 / count:F0} KB of GC heap, {(open.ResidentBytes - before.ResidentBytes) / 1024.0 / count:F0} KB resident");

        if (abrupt)
        {
            // The browser process goes away without saying goodbye, as when a phone loses its connection.
            await browser.CloseAsync();
        }
        else
        {
            // Closing a tab: blazor.web.js tells the server on the way out, so the circuit ends at once.
            foreach (var context in contexts) await context.CloseAsync();
        }
        await Task.Delay(TimeSpan.FromSeconds(5));
        var closed = await ServerMemory.MeasureAsync(pid, gcdump, folder);
        Console.WriteLine($"closed (+5 s):     {closed}");

        await Task.Delay(retention);
        var later = await ServerMemory.MeasureAsync(pid, gcdump, folder);
        Console.WriteLine($"closed (+{5 + retention.TotalSeconds:F0} s):    {later}");
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>A fresh context (one person) with the search page open and its island live.</summary>
    private static async Task<IBrowserContext> OpenAsync(IBrowser browser, string url)
    {
        var context = await browser.NewContextAsync();
        // Blazor's first interactive render replaces the server-rendered search box: that is the circuit coming alive.
        await context.AddInitScriptAsync("""
            new MutationObserver(records => {
                for (const record of records) for (const node of record.removedNodes)
                    if (node.nodeType === 1 && (node.id === "search-page-input" || node.querySelector("#search-page-input"))) window.__live = true;
            }).observe(document, { childList: true, subtree: true });
            """);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(url + "/search?q=skills");
        await page.WaitForFunctionAsync("() => window.__live === true && document.querySelector('#search-page-input') !== null");
        await page.Locator("#search-page-input").FillAsync("clusters");
        await page.WaitForURLAsync(u => u.Contains("q=clusters", StringComparison.Ordinal));
        return context;
    }
}
