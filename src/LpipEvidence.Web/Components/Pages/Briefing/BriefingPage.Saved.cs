using LpipEvidence.Addresses;
using LpipEvidence.SavedBriefings;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.SavedBriefings;
using Microsoft.AspNetCore.Components;

namespace LpipEvidence.Web.Components.Pages.Briefing;

/// <summary>The briefing page at a saved briefing's short address, <c>/b/{id}</c>: kept apart from the page's own code.</summary>
public sealed partial class BriefingPage
{
    /// <summary>The saved briefing's id, from <c>/b/{id}</c>; null at <c>/briefing</c>.</summary>
    [Parameter] public string? Id { get; set; }

    [Inject] private SavedBriefingService SavedBriefings { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private PublicAddress PublicAddress { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    /// <summary>The saved briefing shown, or null at <c>/briefing</c>.</summary>
    private OpenedBriefing? _saved;

    /// <summary>Whether the briefings store could not be reached (the page answers 503).</summary>
    private bool _savedUnavailable;

    /// <summary>A saved briefing's page names its short address as canonical.</summary>
    private string CanonicalUrl => _saved is null ? Shown.RelativeUrl : SiteAddresses.SavedBriefing(_saved.Saved.Id);

    private string? SavedExportUrl(string format) => _saved is null ? null : SiteAddresses.SavedBriefingExport(_saved.Saved.Id, format);

    /// <summary>
    /// At <c>/b/{id}</c>, opens the saved briefing (404 when unknown or malformed, 503 when the store is down); its
    /// short address becomes the address the page links, copies and prints. False at <c>/briefing</c>.
    /// </summary>
    private async Task<bool> OpenSavedAsync()
    {
        if (Id is null) return false;
        _briefing = new LpipEvidence.Briefings.Briefing { Date = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime), Findings = [], Sources = [] };
        try
        {
            _saved = await SavedBriefings.OpenAsync(Id, HttpContext.RequestAborted);
        }
        catch (BriefingStoreUnavailableException)
        {
            _savedUnavailable = true;
            HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            HttpContext.Response.Headers.RetryAfter = SavedBriefingService.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        if (_saved is null)
        {
            Navigation.NotFound();
            return true;
        }
        _briefing = _saved.Briefing;
        _address = PublicAddress.Absolute(HttpContext.Request, SiteAddresses.SavedBriefing(_saved.Saved.Id));
        return true;
    }
}
