using Microsoft.AspNetCore.Components.Server;

namespace LpipEvidence.Web.Hosting;

/// <summary>
/// The site's choices for Blazor's interactive circuits, which only the search island uses. Each can be changed
/// under the "Circuits" section; the reasons and the measured memory per circuit are in docs/operations.md and
/// docs/performance.md.
/// </summary>
public static class CircuitDefaults
{
    /// <summary>
    /// Largest message a client may send (32 KB, SignalR's default, kept deliberately): the island receives typed
    /// queries, which the site caps at 500 characters (SearchParameters.MaxQueryCharacters).
    /// </summary>
    public const long MaximumReceiveMessageSize = 32 * 1024;

    public static void Apply(CircuitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A dropped connection (a phone changing network) is given a minute to come back. The island keeps its
        // query in the address, so a reload after that loses nothing.
        options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(1);
        // At most this many disconnected circuits wait for their client, whatever happens.
        options.DisconnectedCircuitMaxRetained = 50;
        // The island's JavaScript calls are tiny (address bar, briefing boxes): a client that has not answered in
        // 10 seconds is gone.
        options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(10);
        // Render batches a slow client may leave unacknowledged before the server stops rendering for it.
        options.MaxBufferedUnacknowledgedRenderBatches = 5;
        options.DetailedErrors = false;
    }
}
