using LpipEvidence.Catalog;
using LpipEvidence.Content;

namespace LpipEvidence.Briefings;

/// <summary>
/// Turns a <see cref="BriefingRequest"/> into a <see cref="Briefing"/>: looks the findings up in the catalog, keeps
/// the order asked for, drops duplicates, malformed and unknown slugs (and reports them), applies
/// <see cref="BriefingLimits"/>, cleans the reader's title, note and "prepared by", and finds what changed in its
/// findings since the day it was made.
/// </summary>
public sealed class BriefingComposer(EvidenceCatalog catalog, ChangeCatalog changes, TimeProvider time)
{
    /// <summary>Longest ignored <c>made=</c> value repeated back to the reader.</summary>
    private const int MaxIgnoredMadeLength = 40;

    /// <summary>Slugs looked up per query, to keep each query's parameter list small.</summary>
    private const int LookupBatchSize = 500;

    /// <summary>Composes the briefing a request asks for. Never throws for bad input: it reports it on the result.</summary>
    public async Task<Briefing> ComposeAsync(BriefingRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var reportedDuplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slug in request.FindingSlugs ?? [])
        {
            if (string.IsNullOrEmpty(slug)) continue;
            if (seen.Add(slug)) distinct.Add(slug);
            else if (reportedDuplicates.Add(slug)) duplicates.Add(slug);
        }

        // Malformed slugs are unknown without asking the store.
        var candidates = distinct.Where(Slug.IsValid).ToList();
        var found = new List<FindingView>(Math.Min(candidates.Count, BriefingLimits.MaxFindings));
        foreach (var batch in candidates.Chunk(LookupBatchSize))
        {
            found.AddRange(await catalog.GetFindingsAsync(batch, ct));
        }

        var foundSlugs = found.Select(f => f.Slug).ToHashSet(StringComparer.Ordinal);
        var unknown = distinct.Where(s => !foundSlugs.Contains(s)).ToList();
        var findings = found.Take(BriefingLimits.MaxFindings).ToList();

        IReadOnlyList<ReviewSummary> sources = [];
        if (findings.Count > 0)
        {
            var reviews = (await catalog.GetReviewsAsync(ct)).ToDictionary(r => r.Slug, StringComparer.Ordinal);
            sources = findings.Select(f => f.ReviewSlug).Distinct(StringComparer.Ordinal)
                .Where(reviews.ContainsKey).Select(s => reviews[s]).ToList();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        DateOnly? made = BriefingDates.TryParse(request.Made, today, out var madeOn) ? madeOn : null;
        var ignoredMade = made is null && !string.IsNullOrEmpty(request.Made)
            ? BriefingText.CleanTitle(request.Made, MaxIgnoredMadeLength, out _)
            : null;
        IReadOnlyDictionary<string, IReadOnlyList<ChangeEntry>> changed = new Dictionary<string, IReadOnlyList<ChangeEntry>>();
        if (made is { } since && findings.Count > 0)
        {
            // A note dated the day the briefing was made counts as a change since: notes carry a day, not a time, so
            // it may have been published after the briefing was made, and a reader shown one change too many loses
            // less than one shown too few. The catalog counts notes strictly after the day it is given.
            changed = await changes.GetFindingChangesSinceAsync(findings.Select(f => f.Slug).ToList(), since.AddDays(-1), ct);
        }

        var title = BriefingText.CleanTitle(request.Title, BriefingLimits.MaxTitleLength, out var titleTruncated);
        var note = BriefingText.CleanNote(request.Note, BriefingLimits.MaxNoteLength, out var noteTruncated);
        var preparedBy = BriefingText.CleanTitle(request.PreparedBy, BriefingLimits.MaxPreparedByLength, out var preparedByTruncated);

        return new Briefing
        {
            Title = title ?? Briefing.DefaultTitle,
            Note = note,
            PreparedBy = preparedBy,
            Date = today,
            Made = made,
            IgnoredMade = ignoredMade,
            ChangesSinceMade = changed,
            Findings = findings,
            Sources = sources,
            UnknownSlugs = unknown,
            DuplicateSlugs = duplicates,
            DroppedForLimit = found.Count - findings.Count,
            TitleTruncated = titleTruncated,
            NoteTruncated = noteTruncated,
            PreparedByTruncated = preparedByTruncated,
        };
    }
}
