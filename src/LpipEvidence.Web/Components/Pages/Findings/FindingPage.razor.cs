using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Search;
using LpipEvidence.Web.FrontDoor;
using Microsoft.AspNetCore.Components;

namespace LpipEvidence.Web.Components.Pages.Findings;

public sealed partial class FindingPage
{
    /// <summary>How many related findings the page lists.</summary>
    internal const int RelatedCount = 5;

    [Inject] private EvidenceCatalog Catalog { get; set; } = default!;

    [Inject] private SearchService Search { get; set; } = default!;

    [Inject] private ChangeCatalog Changes { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public string Slug { get; set; } = "";

    private FindingDetail? _detail;
    private IReadOnlyList<RelatedFinding> _related = [];

    /// <summary>Set last, when everything the page shows is loaded.</summary>
    private PageHistory? _history;

    protected override async Task OnInitializedAsync()
    {
        _detail = Slug.IsValidSlug() ? await Catalog.GetFindingAsync(Slug) : null;
        if (_detail is null)
        {
            Navigation.NotFound();
            return;
        }
        var history = await Changes.GetHistoryAsync(ContentKind.Finding, Slug) ?? new PageHistory(_detail.Review.Published, null, []);
        _related = await LoadRelatedAsync(Slug, RelatedCount, CancellationToken.None);
        _history = history;
    }

    /// <summary>
    /// The findings to suggest after this one: those the search index finds closest, by shared themes and by what
    /// they say (MoreLikeThis); while no index can answer (the first one is being built), those sharing its themes.
    /// </summary>
    private async Task<IReadOnlyList<RelatedFinding>> LoadRelatedAsync(string slug, int count, CancellationToken cancellationToken)
    {
        var similar = await Search.SimilarFindingsAsync(slug, count, cancellationToken);
        return similar.Count > 0
            ? similar.Select(s => new RelatedFinding(s.Slug, s.Title, s.Review?.Slug ?? "", s.Review?.Title ?? "", s.SharedThemes.Select(t => new ThemeLink(t.Slug, t.Title)).ToList())).ToList()
            : await Catalog.GetRelatedFindingsAsync(slug, count, cancellationToken);
    }
}
