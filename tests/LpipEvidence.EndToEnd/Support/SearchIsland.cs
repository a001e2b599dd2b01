using System.Text.RegularExpressions;
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

    /// <summary>
    /// After a link followed from the island's results (a filter, a page, "search instead for"): waits until the
    /// server's results for the new address are the page's one list and the island has dropped its own.
    /// </summary>
    private static async Task WaitForServerResultsAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("[data-search-static] .search-results")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".search-live .search-results")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Follows <paramref name="link"/> from the island's results and waits for the server's results at
    /// <paramref name="address"/>, asserting that the page never showed two lists of results on the way.
    /// </summary>
    public static async Task FollowFromTypedResultsAsync(IPage page, ILocator link, Regex address)
    {
        await WatchForTwoListsAsync(page);
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(address);
        await WaitForServerResultsAsync(page);
        Assert.Null(await TwoListsSeenAsync(page));
    }

    /// <summary>
    /// From now on, notes whether the page ever shows two lists of results at once, however briefly: each change to
    /// the page is checked once it is made (see <see cref="TwoListsSeenAsync"/>).
    /// </summary>
    private static Task WatchForTwoListsAsync(IPage page) => page.EvaluateAsync(
        """
        () => {
            window.__lpipTwoLists = null;
            const check = () => {
                const shown = [...document.querySelectorAll(".search-results")].filter((e) => e.checkVisibility());
                if (shown.length > 1 && window.__lpipTwoLists === null) {
                    window.__lpipTwoLists = shown.map((e) => e.querySelector(".search-results__summary")?.textContent).join(" | ");
                }
            };
            new MutationObserver(check).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
        }
        """);

    /// <summary>What the two lists said, the first time two were shown since <see cref="WatchForTwoListsAsync"/>; null when never.</summary>
    private static Task<string?> TwoListsSeenAsync(IPage page) => page.EvaluateAsync<string?>("() => window.__lpipTwoLists");
}
