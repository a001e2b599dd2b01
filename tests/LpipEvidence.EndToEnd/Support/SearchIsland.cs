using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// Knows when the search page's Interactive Server island has come alive. Until then the box is plain
/// server-rendered HTML: keys typed into it reach no handler, and the island's first render replaces it, taking
/// focus and anything typed with it. <see cref="BrowserPage.GoToAsync"/> waits for that on any page with the island,
/// as a person's first keystroke almost always comes after it.
/// </summary>
public static class SearchIsland
{
    /// <summary>The island's search box.</summary>
    public const string Box = "#search-page-input";

    private const string Flag = "__lpipSearchIslandLive";

    /// <summary>
    /// Watches, from before any of the page's scripts run, for Blazor's first interactive render replacing the
    /// server-rendered search box. <see cref="SiteFixture.OpenPageAsync"/> does this for every context with JavaScript.
    /// </summary>
    public static Task WatchAsync(IBrowserContext context) => context.AddInitScriptAsync(
        $$"""
        (() => {
            new MutationObserver((records) => {
                for (const record of records) {
                    for (const node of record.removedNodes) {
                        if (node.nodeType === Node.ELEMENT_NODE
                            && (node.id === "search-page-input" || node.querySelector("#search-page-input"))) {
                            window.{{Flag}} = true;
                        }
                    }
                }
            }).observe(document, { childList: true, subtree: true });
        })();
        """);

    /// <summary>Waits until the island has rendered interactively and its search box is in the page.</summary>
    public static async Task WaitUntilLiveAsync(IPage page)
    {
        await page.WaitForFunctionAsync($"() => window.{Flag} === true && document.getElementById('search-page-input') !== null");
    }
}
