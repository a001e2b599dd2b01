using LpipEvidence.Content;
using LpipEvidence.Search;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Search.Querying;

namespace LpipEvidence.Drafting;

/// <summary>
/// Suggests a finding's themes from the site's existing themes: by meaning when a text embedder is given (the one
/// search uses: how close the finding's words are to each theme's title and description), with the words they share
/// (stemmed as search matches them, each weighted by how few themes use it; a theme's title counts twice) breaking
/// near ties; by words alone otherwise. It never invents a theme: the editor confirms or changes the suggestions, and
/// <c>check</c> reports them until then.
/// </summary>
public static class ThemeSuggester
{
    /// <summary>Most themes a finding may have.</summary>
    public const int MaxThemes = 3;

    /// <summary>1 to 3 theme slugs for the finding, the best first; none only when there are no themes.</summary>
    public static IReadOnlyList<string> Suggest(IReadOnlyList<ThemeContent> themes, FindingDraft finding, ITextEmbedder? meaning = null)
    {
        if (themes.Count == 0) return [];
        var words = WordScores(themes, finding);
        var bestWords = words.Max();
        IReadOnlyList<double> scores;
        double margin;
        if (meaning is null)
        {
            scores = words;
            margin = bestWords * 0.5;
        }
        else
        {
            var vectors = meaning.Embed([$"{finding.Title}. {finding.Text} {finding.Takeaway}", .. themes.Select(t => $"{t.Title}. {t.Description.PlainText}")]);
            // Cosine similarity (the vectors are normalised), nudged by shared words so that a theme named in the
            // finding wins a near tie.
            scores = [.. themes.Select((_, i) => Dot(vectors[0], vectors[i + 1]) + (bestWords > 0 ? 0.05 * words[i] / bestWords : 0))];
            margin = 0.08;
        }
        var ranked = scores.Select((score, order) => (themes[order].Slug, order, score)).OrderByDescending(s => s.score).ThenBy(s => s.order).ToList();
        var best = ranked[0].score;
        return [.. ranked.Take(MaxThemes).Where((s, i) => i == 0 || (meaning is null ? best > 0 && s.score >= margin : s.score >= best - margin)).Select(s => s.Slug)];
    }

    private static List<double> WordScores(IReadOnlyList<ThemeContent> themes, FindingDraft finding)
    {
        var profiles = themes.Select(t => (Title: Stems(t.Title), Words: Stems(t.Title + " " + t.Description.PlainText))).ToList();
        var spread = profiles.SelectMany(p => p.Words).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var findingWords = Stems($"{finding.Title} {finding.Text} {finding.Takeaway}");
        return [.. profiles.Select(p => findingWords.Where(p.Words.Contains).Sum(w => Math.Log(1.0 + (double)themes.Count / spread[w]) * (p.Title.Contains(w) ? 2 : 1)))];
    }

    private static double Dot(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);

    private static HashSet<string> Stems(string text) =>
        [.. SearchAnalysis.Analyzer.Terms(SearchFields.Body, text).Where(t => t.Length > 2 && !StopWords.Contains(t))];
}
