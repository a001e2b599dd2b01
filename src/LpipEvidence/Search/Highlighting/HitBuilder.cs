using System.Globalization;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Meaning;

namespace LpipEvidence.Search.Highlighting;

/// <summary>Builds the results shown for documents of an index generation: title, marked snippet, review and themes.</summary>
internal static class HitBuilder
{
    /// <summary>
    /// One result with its title and a snippet marked. The snippet is the passage of the text or takeaway showing
    /// the most query terms; when the theme labels matched terms that neither the title nor that passage shows,
    /// they are added to it, so a result always shows why it matched.
    /// </summary>
    public static SearchHit Words(IndexSnapshot snapshot, int doc, IReadOnlyList<IReadOnlyList<string>> highlights)
    {
        var stored = snapshot.Searcher.Doc(doc);
        var kind = stored.Get(SearchFields.Kind, CultureInfo.InvariantCulture);
        var slug = stored.Get(SearchFields.Slug, CultureInfo.InvariantCulture);
        var title = Snippets.Highlight(stored.Get(SearchFields.Title, CultureInfo.InvariantCulture), highlights);
        var body = Snippets.Cut(stored.Get(SearchFields.Body, CultureInfo.InvariantCulture) ?? "", highlights);
        var takeaway = Snippets.Cut(stored.Get(SearchFields.Takeaway, CultureInfo.InvariantCulture) ?? "", highlights);
        var snippet = takeaway.Shown.Count > body.Shown.Count || body.Text.Length == 0 ? takeaway : body;

        var shownTerms = new HashSet<int>(title.Shown);
        shownTerms.UnionWith(snippet.Shown);
        var labels = stored.GetValues(SearchFields.ThemeLabels, CultureInfo.InvariantCulture).Select(l => Snippets.Highlight(l, highlights))
            .Where(l => l.Shown.Any(s => !shownTerms.Contains(s))).Select(l => l.Text).ToList();
        var text = snippet.Text;
        if (labels.Count > 0)
        {
            var label = kind == SearchKinds.Review ? "Programme theme" : labels.Count == 1 ? "Theme" : "Themes";
            text = $"{text} · {label}: {string.Join("; ", labels)}";
        }

        return new SearchHit(
            kind,
            slug,
            stored.Get(SearchFields.Title, CultureInfo.InvariantCulture),
            Highlighter.ToHtml(title.Text),
            SearchKinds.Url(kind, slug),
            Highlighter.ToHtml(text),
            ReviewOf(snapshot, stored.Get(SearchFields.Review, CultureInfo.InvariantCulture)),
            ThemesOf(snapshot, stored.GetValues(SearchFields.Theme, CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// A finding found by meaning alone: its title unmarked and, as its snippet, the sentence of its takeaway or
    /// text closest in meaning to the query (its closest passage but the title): the words are not there to mark.
    /// </summary>
    public static SearchHit Meaning(IndexSnapshot snapshot, int doc, QueryVector query)
    {
        var stored = snapshot.Searcher.Doc(doc);
        var passages = MeaningBuilder.PassagesOf(stored);
        var (_, closest) = snapshot.Vectors!.Closest(query, doc, fromPassage: 1);
        var snippet = closest > 0 ? passages[closest] : "";
        var kind = stored.Get(SearchFields.Kind, CultureInfo.InvariantCulture);
        var slug = stored.Get(SearchFields.Slug, CultureInfo.InvariantCulture);
        var title = stored.Get(SearchFields.Title, CultureInfo.InvariantCulture);
        return new SearchHit(kind, slug, title, Highlighter.ToHtml(title), SearchKinds.Url(kind, slug), Highlighter.ToHtml(snippet),
            ReviewOf(snapshot, stored.Get(SearchFields.Review, CultureInfo.InvariantCulture)),
            ThemesOf(snapshot, stored.GetValues(SearchFields.Theme, CultureInfo.InvariantCulture)), SearchMatch.Meaning);
    }

    /// <summary>The review of <paramref name="slug"/> with its title, or null for none.</summary>
    public static FacetValue? ReviewOf(IndexSnapshot snapshot, string? slug) =>
        slug is null ? null : new FacetValue(slug, snapshot.ReviewTitles.GetValueOrDefault(slug, slug));

    /// <summary>The themes of <paramref name="slugs"/> with their titles.</summary>
    public static List<FacetValue> ThemesOf(IndexSnapshot snapshot, IEnumerable<string> slugs) =>
        slugs.Select(slug => new FacetValue(slug, snapshot.ThemeTitles.GetValueOrDefault(slug, slug))).ToList();
}
