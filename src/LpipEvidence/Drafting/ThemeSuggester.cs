using LpipEvidence.Content;
using LpipEvidence.Search;

namespace LpipEvidence.Drafting;

/// <summary>
/// Suggests a finding's themes from the site's existing themes by the words they share (stemmed, as search matches
/// them, each weighted by how few themes use it; a theme's title counts twice). It never invents a theme: the editor
/// confirms or changes the suggestions, and <c>check</c> reports them until then.
/// </summary>
public static class ThemeSuggester
{
    /// <summary>Most themes a finding may have.</summary>
    public const int MaxThemes = 3;

    /// <summary>1 to 3 theme slugs for the finding, the best first; none only when there are no themes.</summary>
    public static IReadOnlyList<string> Suggest(IReadOnlyList<ThemeContent> themes, FindingDraft finding)
    {
        if (themes.Count == 0) return [];
        var profiles = themes.Select(t => (t.Slug, Title: Stems(t.Title), Words: Stems(t.Title + " " + t.Description.PlainText))).ToList();
        var spread = profiles.SelectMany(p => p.Words).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var findingWords = Stems($"{finding.Title} {finding.Title} {finding.Text} {finding.Takeaway}");
        var scored = profiles
            .Select((p, order) => (p.Slug, order, Score: findingWords.Where(p.Words.Contains).Sum(w => Math.Log(1.0 + (double)themes.Count / spread[w]) * (p.Title.Contains(w) ? 2 : 1))))
            .OrderByDescending(s => s.Score).ThenBy(s => s.order)
            .ToList();
        var best = scored[0].Score;
        return [.. scored.Take(MaxThemes).Where((s, i) => i == 0 || (best > 0 && s.Score >= best * 0.5)).Select(s => s.Slug)];
    }

    private static HashSet<string> Stems(string text) =>
        [.. SearchAnalysis.Analyzer.Terms(SearchFields.Body, text).Where(t => t.Length > 2 && !StopWords.Contains(t))];
}
