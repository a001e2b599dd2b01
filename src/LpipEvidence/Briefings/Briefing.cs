using System.Globalization;
using System.Text;
using LpipEvidence.Addresses;
using LpipEvidence.Catalog;

namespace LpipEvidence.Briefings;

/// <summary>
/// A reader's selection of key findings with their sources, ready to show, print or export; made by
/// <see cref="BriefingComposer"/>, which also reports what it left out and why.
/// </summary>
public sealed record Briefing
{
    /// <summary>The title of a briefing whose reader gave none.</summary>
    public const string DefaultTitle = "Evidence briefing";

    /// <summary>The title: the reader's, cleaned and at most <see cref="BriefingLimits.MaxTitleLength"/> long, or <see cref="DefaultTitle"/>.</summary>
    public string Title { get; init; } = DefaultTitle;

    /// <summary>The reader's note, cleaned (newlines kept as <c>\n</c>), or null for none.</summary>
    public string? Note { get; init; }

    /// <summary>Who prepared the briefing, as they gave it (cleaned, one line), or null when they did not say.</summary>
    public string? PreparedBy { get; init; }

    /// <summary>The day (UTC) the briefing was prepared.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>
    /// The day the briefing was first made, as its address records it (<c>made=</c>); null when the address does not
    /// say or says something unusable (see <see cref="IgnoredMade"/>). Its address then records today
    /// (<see cref="MadeOn"/>), so a copy shared or printed from now on notices later changes.
    /// </summary>
    public DateOnly? Made { get; init; }

    /// <summary>The day the briefing's address records as made: <see cref="Made"/>, or <see cref="Date"/> (today) when unknown.</summary>
    public DateOnly MadeOn => Made ?? Date;

    /// <summary>The <c>made=</c> value of the address when it was not a usable date (cut to 40 characters), else null.</summary>
    public string? IgnoredMade { get; init; }

    /// <summary>
    /// The change notes of each finding changed on or after <see cref="Made"/> (the day itself counts), newest
    /// first, by finding slug; findings that have not changed are absent, and it is empty when <see cref="Made"/> is null.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ChangeEntry>> ChangesSinceMade { get; init; } = new Dictionary<string, IReadOnlyList<ChangeEntry>>();

    /// <summary>How many of the briefing's findings changed since it was made.</summary>
    public int ChangedCount => Findings.Count(f => ChangesSinceMade.ContainsKey(f.Slug));

    /// <summary>The change notes of one finding since the briefing was made, newest first (empty when it has not changed).</summary>
    public IReadOnlyList<ChangeEntry> ChangesOf(string slug) => ChangesSinceMade.TryGetValue(slug, out var changes) ? changes : [];

    /// <summary>The findings, in the order asked for, without duplicates, at most <see cref="BriefingLimits.MaxFindings"/>.</summary>
    public required IReadOnlyList<FindingView> Findings { get; init; }

    /// <summary>The reviews the findings come from, in order of first use: every one must be credited.</summary>
    public required IReadOnlyList<ReviewSummary> Sources { get; init; }

    /// <summary>Slugs asked for that are malformed or match no finding, each once, in the order asked.</summary>
    public IReadOnlyList<string> UnknownSlugs { get; init; } = [];

    /// <summary>Slugs asked for more than once, each once, in the order their repeats appeared.</summary>
    public IReadOnlyList<string> DuplicateSlugs { get; init; } = [];

    /// <summary>How many valid findings beyond <see cref="BriefingLimits.MaxFindings"/> were left out.</summary>
    public int DroppedForLimit { get; init; }

    /// <summary>Whether the reader's title was cut to <see cref="BriefingLimits.MaxTitleLength"/>.</summary>
    public bool TitleTruncated { get; init; }

    /// <summary>Whether the reader's note was cut to <see cref="BriefingLimits.MaxNoteLength"/>.</summary>
    public bool NoteTruncated { get; init; }

    /// <summary>Whether "prepared by" was cut to <see cref="BriefingLimits.MaxPreparedByLength"/>.</summary>
    public bool PreparedByTruncated { get; init; }

    /// <summary>Whether the briefing holds no finding at all.</summary>
    public bool IsEmpty => Findings.Count == 0;

    /// <summary>Whether the reader gave a title of their own.</summary>
    public bool HasCustomTitle => !string.IsNullOrEmpty(Title) && !string.Equals(Title, DefaultTitle, StringComparison.Ordinal);

    /// <summary>
    /// The canonical, shareable address of this briefing:
    /// <c>/briefing?f=a,b,c&amp;made=2025-03-01&amp;title=...&amp;note=...&amp;by=...</c> with only the findings it
    /// holds, the day it was made (<see cref="MadeOn"/>) when it holds any, and the title, note and "prepared by" only
    /// when given. Values are escaped by <see cref="Addresses.SiteAddresses.Briefing"/>; the commas between slugs stay literal.
    /// </summary>
    public string RelativeUrl => AddressAt(Addresses.SiteAddresses.BriefingPage);

    /// <summary>The same query at another path: the page's exports (<see cref="Addresses.SiteAddresses.BriefingDocx"/>...).</summary>
    public string AddressAt(string path) => Addresses.SiteAddresses.Briefing(Findings.Select(f => f.Slug), Findings.Count > 0 ? MadeOn : null,
        HasCustomTitle ? Title : null, Note, PreparedBy, path);
}
