using LpipEvidence.Briefings;
using LpipEvidence.SavedBriefings;

namespace LpipEvidence.Web.SavedBriefings;

/// <summary>
/// The site's briefings store, or its absence: a read-only instance configured without one has no <see cref="Store"/>,
/// and pages then hide "Save and share" rather than fail. Opens saved briefings for the page, the exports and the API.
/// </summary>
public sealed class SavedBriefingService(SavedBriefingStore? store, BriefingComposer composer) : IDisposable
{
    /// <summary>How long clients are asked to wait before trying again while the store is down (Retry-After), in seconds.</summary>
    public const int RetryAfterSeconds = 30;

    /// <summary>What a reader is told while the store is down.</summary>
    public const string UnavailableMessage =
        "Saved briefings cannot be reached at the moment, so briefings cannot be saved or opened by their short address. " +
        "Try again in a minute; the rest of the site works as usual.";

    /// <summary>The store, or null when this instance keeps no saved briefings.</summary>
    public SavedBriefingStore? Store => store;

    /// <summary>Whether briefings can be saved and opened here.</summary>
    public bool IsEnabled => store is not null;

    /// <summary>How long a saved briefing is kept, for the page to say.</summary>
    public TimeSpan KeepFor => store?.Limits.KeepFor ?? TimeSpan.Zero;

    /// <summary>
    /// The saved briefing <paramref name="id"/> composed as of today (changes since it was made marked, withdrawn
    /// findings reported), or null when it is unknown, malformed, expired or this instance keeps none.
    /// </summary>
    /// <exception cref="BriefingStoreUnavailableException">The store cannot be reached.</exception>
    public async Task<OpenedBriefing?> OpenAsync(string? id, CancellationToken ct)
    {
        if (store is null || await store.FindAsync(id, ct) is not { } saved) return null;
        return new OpenedBriefing(saved, await composer.ComposeAsync(saved.ToRequest(), ct));
    }

    public void Dispose() => store?.Dispose();
}
