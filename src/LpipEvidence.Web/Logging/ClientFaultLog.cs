namespace LpipEvidence.Web.Logging;

/// <summary>A kind of bad input from a client that the site refuses and notes in its log.</summary>
public enum ClientFault
{
    /// <summary>A Host header that is not a valid host[:port].</summary>
    InvalidHost,

    /// <summary>A request the framework refused as malformed (<see cref="BadHttpRequestException"/>): a body too large, a broken form.</summary>
    BadRequest,
}

/// <summary>
/// Warnings caused by clients, bounded: at most one line a minute for each kind, saying how many more there were, and
/// never a stack trace. Whatever a client sends, the log grows by a few lines a minute, so no client can fill the disk.
/// </summary>
public sealed partial class ClientFaultLog(ILogger<ClientFaultLog> logger, TimeProvider time)
{
    /// <summary>How often one kind of fault may write a line.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private readonly Window[] _windows = [.. Enum.GetValues<ClientFault>().Select(_ => new Window())];

    /// <summary>Notes one refused request; writes a line only if this kind wrote none in the last minute.</summary>
    public void Note(ClientFault fault, string what)
    {
        var window = _windows[(int)fault];
        int earlier;
        lock (window)
        {
            var now = time.GetUtcNow().UtcTicks;
            if (now < window.NextTicks)
            {
                window.Suppressed++;
                return;
            }
            window.NextTicks = now + Every.Ticks;
            earlier = window.Suppressed;
            window.Suppressed = 0;
        }
        LogFault(fault, what, earlier);
    }

    [LoggerMessage(EventId = 2, EventName = "ClientFault", Level = LogLevel.Warning,
        Message = "{Fault}: {What} ({Earlier} more of this kind since the last such line; at most one line a minute is written for each kind)")]
    private partial void LogFault(ClientFault fault, string what, int earlier);

    private sealed class Window
    {
        public long NextTicks;
        public int Suppressed;
    }
}
