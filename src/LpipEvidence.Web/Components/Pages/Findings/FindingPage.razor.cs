using LpipEvidence.Catalog;
using Microsoft.AspNetCore.Components;

namespace LpipEvidence.Web.Components.Pages.Findings;

public sealed partial class FindingPage
{
    /// <summary>How many related findings the page lists.</summary>
    internal const int RelatedCount = 5;

    [Inject] private EvidenceCatalog Catalog { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public string Slug { get; set; } = "";

    private FindingDetail? _detail;
    private IReadOnlyList<RelatedFinding> _related = [];

    protected override async Task OnInitializedAsync()
    {
        _detail = Slug.IsValidSlug() ? await Catalog.GetFindingAsync(Slug) : null;
        if (_detail is null)
        {
            Navigation.NotFound();
            return;
        }
        _related = await LoadRelatedAsync(Slug, RelatedCount, CancellationToken.None);
    }

    /// <summary>
    /// The findings to suggest after this one. Today: those sharing its themes (the catalog's ranking). This is the
    /// one place to merge in findings that say similar things, from the search index's SimilarFindingsAsync.
    /// </summary>
    private Task<IReadOnlyList<RelatedFinding>> LoadRelatedAsync(string slug, int count, CancellationToken cancellationToken) =>
        Catalog.GetRelatedFindingsAsync(slug, count, cancellationToken);
}
