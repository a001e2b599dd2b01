using Microsoft.AspNetCore.WebUtilities;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>
/// A link's address as a reader's browser follows it: the path and the decoded query values. Tests compare these,
/// not the exact spelling, so they hold however the address is built and encoded.
/// </summary>
internal sealed record Href(string Path, IReadOnlyDictionary<string, string[]> Query)
{
    public static Href Parse(string? href)
    {
        Assert.False(string.IsNullOrEmpty(href), "the link has no address");
        var question = href.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? href : href[..question];
        var query = question < 0 ? [] : QueryHelpers.ParseQuery(href[question..]).ToDictionary(p => p.Key, p => p.Value.Select(v => v ?? "").ToArray(), StringComparer.Ordinal);
        return new Href(path, query);
    }

    /// <summary>The one value of a query parameter, or null when it is absent.</summary>
    public string? One(string name) => Query.TryGetValue(name, out var values) ? Assert.Single(values) : null;

    /// <summary>The comma-separated list a briefing address carries in <c>f</c> (as <c>f=a,b</c> or <c>f=a&amp;f=b</c>).</summary>
    public IReadOnlyList<string> Findings() =>
        Query.TryGetValue("f", out var values) ? values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList() : [];
}
