using Microsoft.AspNetCore.Hosting;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>Settings every test app shares, whatever else it sets.</summary>
public static class TestAppSettings
{
    /// <summary>
    /// A search's time budget in test apps: 30 s, not the site's 2 s. The tests check what a search answers, not how
    /// fast: with every test project running at once on two shared cores, a new app's first search (opening its index,
    /// warming up) has been seen to take over 2 s and answer "took too long" or "getting ready" instead of results.
    /// Speed is measured by the benchmarks (docs/performance.md).
    /// </summary>
    public const string SearchTimeBudget = "00:00:30";

    /// <summary>Applies the shared settings to an app under test.</summary>
    public static void Apply(IWebHostBuilder builder) => builder.UseSetting("Search:TimeBudget", SearchTimeBudget);
}
