using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// Runs axe-core against WCAG 2.2 AA (and the 2.0/2.1 A and AA rules it includes) plus axe's best practices (unique
/// landmarks, top-level complementary landmarks, one main, heading order...), and reports violations readably.
/// </summary>
public static class Axe
{
    /// <summary>The WCAG tags the site must pass.</summary>
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Every tag checked: the WCAG ones and axe's best practices.</summary>
    public static IReadOnlyList<string> Tags { get; } = [.. WcagTags, "best-practice"];

    /// <summary>
    /// The rules whose outcome depends on colour: text contrast (WCAG 1.4.3) and links told apart from the text
    /// around them by colour alone (1.4.1).
    /// </summary>
    public static IReadOnlyList<string> ColourRules { get; } = ["color-contrast", "link-in-text-block"];

    /// <summary>
    /// Asserts axe reports no violations on the page as it is now, in the colour scheme the page was opened in.
    /// In light mode every rule runs, best practices included. In dark mode only <see cref="ColourRules"/> do: the
    /// dark scheme changes colours and nothing else (<c>DarkSchemeTests</c> in the web tests hold the site to that),
    /// so every other rule sees the same page as in light mode, where it has already run. That is 0.4 s less of the
    /// browser's time per check.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page, ColorScheme scheme = ColorScheme.Light)
    {
        var options = new AxeRunOptions
        {
            RunOnly = scheme == ColorScheme.Dark
                ? new RunOnlyOptions { Type = "rule", Values = [.. ColourRules] }
                : new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            // Only violations are read: axe still runs every rule, but sends one node of each pass and inapplicable
            // rule instead of all of them, which was most of what crossed from the browser on a long page.
            ResultTypes = [ResultType.Violations],
        };
        var result = await page.RunAxe(options);
        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    /// <summary>One paragraph per violation: rule id, impact, help text and link, then each failing node's target.</summary>
    public static string Describe(string url, IReadOnlyList<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.Append("axe found ").Append(violations.Count).Append(" violation(s) on ").AppendLine(url);
        foreach (var violation in violations)
        {
            text.AppendLine()
                .Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact ?? "no impact given").Append("): ")
                .AppendLine(violation.Help)
                .Append("  ").AppendLine(violation.HelpUrl);
            foreach (var node in violation.Nodes)
            {
                text.Append("  * ").AppendLine(node.Target?.ToString() ?? "(no target)");
                // As axe's own failure summary: fix any one of "Any", every one of "All" and "None".
                var failures = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? [])
                    .Select(check => check.Message)
                    .Where(message => !string.IsNullOrWhiteSpace(message));
                foreach (var message in failures)
                {
                    text.Append("    ").AppendLine(message.ReplaceLineEndings(" "));
                }
            }
        }
        return text.ToString();
    }
}
