using LpipEvidence.Briefings;
using LpipEvidence.Web.Text;
using Microsoft.AspNetCore.Components;

namespace LpipEvidence.Web.Components.Pages.Briefing;

public sealed partial class BriefingPage
{
    [SupplyParameterFromQuery(Name = "f")] private string[]? F { get; set; }

    [SupplyParameterFromQuery(Name = "title")] private string? BriefingTitle { get; set; }

    [SupplyParameterFromQuery(Name = "note")] private string? Note { get; set; }

    [SupplyParameterFromQuery(Name = "by")] private string? PreparedBy { get; set; }

    [SupplyParameterFromQuery(Name = "made")] private string? Made { get; set; }

    /// <summary>The request: the page is static server-rendered, so it always has one.</summary>
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private LpipEvidence.Briefings.Briefing _briefing = default!;

    /// <summary>The briefing's absolute address, for its link, "Copy link" and the QR code.</summary>
    private string _address = "";

    protected override async Task OnInitializedAsync()
    {
        if (await OpenSavedAsync()) return;
        // f=a,b,c from shared links, or f=a&f=b from the plain form of ticked findings.
        var slugs = F is null ? null : string.Join(',', F);
        _briefing = await Composer.ComposeAsync(BriefingRequest.FromQuery(slugs, BriefingTitle, Note, PreparedBy, Made), HttpContext.RequestAborted);
        _address = BriefingAddress.Absolute(HttpContext, _briefing);
    }

    /// <summary>The day the briefing's address records as made, as written in it (kept by the details form).</summary>
    private string MadeValue => _briefing.MadeOn.ToString(BriefingDates.Format, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>This briefing dated today: changes already read are no longer marked.</summary>
    private string DatedToday() => (_briefing with { Made = _briefing.Date }).RelativeUrl;

    private string ExportUrl(string format) => SavedExportUrl(format) ?? "/briefing/" + format + _briefing.RelativeUrl["/briefing".Length..];

    private string Moved(int index, int by)
    {
        var findings = _briefing.Findings.ToList();
        (findings[index], findings[index + by]) = (findings[index + by], findings[index]);
        return (_briefing with { Findings = findings }).RelativeUrl;
    }

    private string Removed(int index) =>
        (_briefing with { Findings = _briefing.Findings.Where((_, i) => i != index).ToList() }).RelativeUrl;

    private IEnumerable<string> Notes()
    {
        // A saved briefing's findings no longer found are shown as withdrawn instead.
        if (_briefing.UnknownSlugs.Count > 0 && _saved is null)
        {
            yield return $"{Wording.Count(_briefing.UnknownSlugs.Count, "finding")} in the address could not be found and {(_briefing.UnknownSlugs.Count == 1 ? "was" : "were")} left out: {Listed(_briefing.UnknownSlugs)}.";
        }
        if (_briefing.DuplicateSlugs.Count > 0)
        {
            yield return $"{Wording.Count(_briefing.DuplicateSlugs.Count, "finding")} appeared more than once and {(_briefing.DuplicateSlugs.Count == 1 ? "is" : "are")} shown once.";
        }
        if (_briefing.DroppedForLimit > 0)
        {
            yield return $"A briefing holds at most {BriefingLimits.MaxFindings} findings, so {Wording.Count(_briefing.DroppedForLimit, "finding")} {(_briefing.DroppedForLimit == 1 ? "was" : "were")} left out.";
        }
        if (_briefing.IgnoredMade is { } made)
        {
            yield return $"The address gives the day this briefing was made as “{made}”, which is not a past date written like {BriefingDates.Format.ToUpperInvariant()}, so it was ignored: changes since then cannot be marked.";
        }
        if (_briefing.TitleTruncated) yield return $"The title was cut to {BriefingLimits.MaxTitleLength} characters.";
        if (_briefing.NoteTruncated) yield return $"The note was cut to {BriefingLimits.MaxNoteLength} characters.";
        if (_briefing.PreparedByTruncated) yield return $"“Prepared by” was cut to {BriefingLimits.MaxPreparedByLength} characters.";
    }

    private static string Listed(IReadOnlyList<string> slugs) =>
        string.Join(", ", slugs.Take(5).Select(Shorten)) + (slugs.Count > 5 ? $" and {slugs.Count - 5} more" : "");

    private static string Shorten(string slug) => slug.Length > 60 ? string.Concat(slug.AsSpan(0, 60), "…") : slug;
}
