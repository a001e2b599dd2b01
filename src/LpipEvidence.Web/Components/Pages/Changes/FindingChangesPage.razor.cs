using System.Globalization;
using LpipEvidence.Addresses;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.History;
using LpipEvidence.Web.Components.Shared;
using LpipEvidence.Web.ContentFolder;
using LpipEvidence.Web.FrontDoor;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Components.Pages.Changes;

/// <summary>
/// A finding's change notes and, where the content folder is a git work tree, its versions and the word-level
/// difference between any two (<c>?from=&lt;commit&gt;&amp;to=&lt;commit&gt;</c>; by default the newest against the one
/// before). Elsewhere, or when git cannot be read, the notes alone. Version ids that are not ids answer 400 with a
/// message on the page; ids that name no version of this finding answer the site's 404 page.
/// </summary>
public sealed partial class FindingChangesPage
{
    [Inject] private ChangeCatalog Changes { get; set; } = default!;

    [Inject] private ContentHistory History { get; set; } = default!;

    [Inject] private EvidenceCatalog Catalog { get; set; } = default!;

    [Inject] private IOptions<ContentOptions> Content { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    [Parameter] public string Slug { get; set; } = "";

    [SupplyParameterFromQuery(Name = "from")] private string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")] private string? To { get; set; }

    private PageHistory? _history;

    /// <summary>The trail to this page: the reviews, the finding's review, the finding.</summary>
    private IReadOnlyList<Crumb> _crumbs = [];
    private IReadOnlyList<ContentVersion> _versions = [];
    private VersionComparison? _comparison;
    private string? _problem;

    protected override async Task OnInitializedAsync()
    {
        _history = Slug.IsValidSlug() ? await Changes.GetHistoryAsync(ContentKind.Finding, Slug) : null;
        if (_history is null)
        {
            Navigation.NotFound();
            return;
        }
        var review = (await Catalog.GetFindingAsync(Slug))?.Review;
        _crumbs =
        [
            new Crumb("Reviews", SiteAddresses.Reviews),
            .. review is null ? [] : new[] { new Crumb(review.Title, review.Url) },
            new Crumb(_history.Title, SiteAddresses.Of(ContentKind.Finding, Slug)),
        ];
        if (Content.Value.Path is { } root && await Changes.GetSourcePathAsync(ContentKind.Finding, Slug) is { } sourcePath)
        {
            _versions = History.VersionsOf(root, sourcePath);
            // Saved edits not yet committed are the editor's work in progress, not a version readers can be shown.
            if (!Content.Value.EditorPreview) _versions = _versions.Where(v => v.Id != ContentHistory.WorkingCopyId).ToList();
        }
        Choose();
    }

    /// <summary>The two versions to compare: those the address names, or by default the newest and the one before.</summary>
    private void Choose()
    {
        if (string.IsNullOrEmpty(From) && string.IsNullOrEmpty(To))
        {
            if (_versions.Count > 1) _comparison = VersionComparison.Of(_versions[1], _versions[0]);
            return;
        }
        if (!ContentHistory.IsWellFormedId(From) || !ContentHistory.IsWellFormedId(To))
        {
            _problem = "This address does not name two versions to compare. Choose them below, or start again from the list of changes.";
            if (HttpContext is { Response.HasStarted: false } context) context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var older = _versions.FirstOrDefault(v => v.Id == From);
        var newer = _versions.FirstOrDefault(v => v.Id == To);
        if (older is null || newer is null)
        {
            // Well formed, but no version of this finding here (or git cannot be read): the site's "Page not found".
            _history = null;
            Navigation.NotFound();
            return;
        }
        _comparison = VersionComparison.Of(older, newer);
    }

    /// <summary>
    /// For readers, the day the version was published: "1 June 2025", or "1 June 2025 (2nd that day)" when several
    /// were. In the editors' preview, "1 June 2025, 14:05 UTC (3f2a9c1)", or "Edits not yet committed".
    /// </summary>
    private string Label(ContentVersion version) => Content.Value.EditorPreview ? EditorLabel(version) : ReaderLabel(version, _versions);

    /// <summary>"1 June 2025, 14:05 UTC (3f2a9c1)", or "Edits not yet committed" for the working copy.</summary>
    internal static string EditorLabel(ContentVersion version) =>
        version.Id == ContentHistory.WorkingCopyId
            ? "Edits not yet committed"
            : string.Create(CultureInfo.InvariantCulture, $"{version.When.UtcDateTime:d MMMM yyyy, HH:mm} UTC ({version.ShortId})");

    /// <summary>"1 June 2025", with "(2nd that day)" when another version of <paramref name="versions"/> (newest first) shares its day.</summary>
    public static string ReaderLabel(ContentVersion version, IReadOnlyList<ContentVersion> versions)
    {
        var day = DateOnly.FromDateTime(version.When.UtcDateTime);
        var sameDay = versions.Where(v => DateOnly.FromDateTime(v.When.UtcDateTime) == day).Reverse().ToList();
        var text = LpipEvidence.Briefings.BriefingWording.DateText(day);
        if (sameDay.Count < 2) return text;
        var nth = sameDay.FindIndex(v => v.Id == version.Id) + 1;
        var suffix = (nth % 100) is 11 or 12 or 13 ? "th" : (nth % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return string.Create(CultureInfo.InvariantCulture, $"{text} ({nth}{suffix} that day)");
    }

    private string CompareUrl(ContentVersion older, ContentVersion newer) =>
        QueryHelpers.AddQueryString(SiteAddresses.ChangesOf(ContentKind.Finding, Slug), new Dictionary<string, string?> { ["from"] = older.Id, ["to"] = newer.Id });
}
