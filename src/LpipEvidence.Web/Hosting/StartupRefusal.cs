using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Hosting;

/// <summary>
/// The process's exit codes, and the one place a failure to start becomes one log line and a code instead of an
/// unhandled exception (which would print a stack trace and exit 134). docs/deployment.md lists the codes.
/// </summary>
public static partial class StartupRefusal
{
    /// <summary>The site stopped when asked, or a verb succeeded.</summary>
    public const int Stopped = 0;

    /// <summary>The store artifact cannot be served (see <see cref="StoreArtifact"/>); a verb found content errors.</summary>
    public const int ArtifactRefused = 1;

    /// <summary>A verb was used wrongly (missing folder, an artifact that exists).</summary>
    public const int Usage = 2;

    /// <summary>Settings are invalid or conflict (every <c>ValidateOnStart</c> check).</summary>
    public const int Configuration = 3;

    /// <summary>The site cannot listen where it was told to (address in use, no permission).</summary>
    public const int CannotListen = 4;

    /// <summary>Anything else stopped the start; the line names the exception.</summary>
    public const int Failed = 70;

    /// <summary>Runs <paramref name="run"/> (open the store, build the pipeline, serve) and turns a failure into one line and a code.</summary>
    public static async Task<int> RunAsync(IHost app, Func<Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(run);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupRefusal).FullName!);
        try
        {
            // Every ValidateOnStart check, before anything is opened or imported, so settings are refused first. (A
            // host in memory validates as the app starts, as it always has: its exception reaches the host there.)
            if (OwnsTheProcess) app.Services.GetService<IStartupValidator>()?.Validate();
            return await run();
        }
        catch (Exception exception) when (OwnsTheProcess)
        {
            var (code, reason) = Describe(exception);
            // A refusal the operator can act on needs no stack trace; anything else keeps it, for whoever fixes the bug.
            LogRefused(logger, code == Failed ? exception : null, reason, code);
            return code;
        }
    }

    /// <summary>
    /// Whether this app is the process (its own entry point ran). Hosted in memory by another program, as the tests
    /// host it, the exception goes to that program instead: an exit code means nothing there.
    /// </summary>
    public static bool OwnsTheProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(StartupRefusal).Assembly;

    /// <summary>The exit code and the one-line reason for an exception that stopped the start.</summary>
    public static (int Code, string Reason) Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var failures = exception switch
        {
            OptionsValidationException options => options.Failures,
            AggregateException { InnerExceptions.Count: > 0 } all when all.InnerExceptions.All(e => e is OptionsValidationException) =>
                all.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures),
            _ => null,
        };
        if (failures is not null) return (Configuration, OneLine(string.Join(" ", failures.Distinct(StringComparer.Ordinal))));
        // Kestrel wraps the socket's refusal (address in use, no permission) in an IOException.
        if (exception is IOException && Causes(exception).Any(e => e is SocketException))
        {
            return (CannotListen, OneLine($"cannot listen on the configured address (--urls, ASPNETCORE_URLS or Kestrel settings): {exception.Message}"));
        }
        return (Failed, OneLine($"{exception.GetType().Name}: {exception.Message}"));
    }

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException) yield return e;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [LoggerMessage(EventId = 1, EventName = "Refused", Level = LogLevel.Critical, Message = "Refusing to start: {Reason} (exit code {ExitCode})")]
    private static partial void LogRefused(ILogger logger, Exception? exception, string reason, int exitCode);
}
