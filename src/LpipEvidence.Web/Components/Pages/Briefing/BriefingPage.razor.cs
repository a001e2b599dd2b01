using LpipEvidence.Addresses;
using LpipEvidence.Briefings;
using LpipEvidence.Web.Briefings;
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

    /// <summary>
    /// The briefing, once composed. Blazor renders the page once while <see cref="OnInitializedAsync"/> waits for the
    /// store, before it is; the page renders nothing until then.
    /// </summary>
    private LpipEvidence.Briefings.Briefing? _briefing;

    /// <summary>The composed briefing, for the helpers the markup calls once it has one.</summary>
    private LpipEvidence.Briefings.Briefing Shown => _briefing ?? throw new InvalidOperationException("The briefing page was rendered before its briefing was composed.");

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
    private string MadeValue => Shown.MadeOn.ToString(BriefingDates.Format, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>This briefing dated today: changes already read are no longer marked.</summary>
    private string DatedToday() => (Shown with { Made = Shown.Date }).RelativeUrl;

    private string ExportUrl(string format) => SavedExportUrl(format) ?? Shown.AddressAt(format == "docx" ? SiteAddresses.BriefingDocx : SiteAddresses.BriefingMarkdown);

    private string Moved(int index, int by)
    {
        var findings = Shown.Findings.ToList();
        (findings[index], findings[index + by]) = (findings[index + by], findings[index]);
        return (Shown with { Findings = findings }).RelativeUrl;
    }

    private string Removed(int index) =>
        (Shown with { Findings = Shown.Findings.Where((_, i) => i != index).ToList() }).RelativeUrl;

    private IEnumerable<string> Notes()
    {
        // A saved briefing's findings no longer found are shown as withdrawn instead.
        if (Shown.UnknownSlugs.Count > 0 && _saved is null)
        {
            yield return $"{Wording.Count(Shown.UnknownSlugs.Count, "finding")} in the address could not be found and {(Shown.UnknownSlugs.Count == 1 ? "was" : "were")} left out: {Listed(Shown.UnknownSlugs)}.";
        }
        if (Shown.DuplicateSlugs.Count > 0)
        {
            yield return $"{Wording.Count(Shown.DuplicateSlugs.Count, "finding")} appeared more than once and {(Shown.DuplicateSlugs.Count == 1 ? "is" : "are")} shown once.";
        }
        if (Shown.DroppedForLimit > 0)
        {
            yield return $"A briefing holds at most {BriefingLimits.MaxFindings} findings, so {Wording.Count(Shown.DroppedForLimit, "finding")} {(Shown.DroppedForLimit == 1 ? "was" : "were")} left out.";
        }
        if (Shown.IgnoredMade is { } made)
        {
            yield return $"The address gives the day this briefing was made as “{made}”, which is not a past date written like {BriefingDates.Format.ToUpperInvariant()}, so it was ignored: changes since then cannot be marked.";
        }
        if (Shown.TitleTruncated) yield return $"The title was cut to {BriefingLimits.MaxTitleLength} characters.";
        if (Shown.NoteTruncated) yield return $"The note was cut to {BriefingLimits.MaxNoteLength} characters.";
        if (Shown.PreparedByTruncated) yield return $"“Prepared by” was cut to {BriefingLimits.MaxPreparedByLength} characters.";
    }

    private static string Listed(IReadOnlyList<string> slugs) =>
        string.Join(", ", slugs.Take(5).Select(Shorten)) + (slugs.Count > 5 ? $" and {slugs.Count - 5} more" : "");

    private static string Shorten(string slug) => slug.Length > 60 ? string.Concat(slug.AsSpan(0, 60), "…") : slug;
}
