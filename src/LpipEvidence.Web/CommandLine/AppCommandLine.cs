using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using LpipEvidence.Web.Hosting;

namespace LpipEvidence.Web.CommandLine;

/// <summary>
/// The app's command line (System.CommandLine): with no verb it runs the site; <c>check</c>, <c>import</c> and
/// <c>draft</c> work on a content folder and exit (README, "Command line", lists their options and exit codes).
/// <c>--help</c> and <c>--version</c> work on the app and on each verb. Settings for the host (<c>--Content:Path=DIR</c>,
/// <c>--urls URL</c>) are sorted out first by <see cref="SettingArguments"/>; anything else the parser does not know,
/// an unknown verb or option, is refused with usage on standard error and <see cref="StartupRefusal.Usage"/>, before
/// anything is opened or imported.
/// </summary>
public static class AppCommandLine
{
    /// <summary>The name the help gives the app: the published app's file name, whatever process hosts it.</summary>
    public const string AppName = "LpipEvidence.Web";

    /// <summary>Whether the arguments run the site: no verb, no <c>--help</c> or <c>--version</c>, no mistake, only settings.</summary>
    public static bool RunsTheSite(string[] args)
    {
        var (root, parsed) = Parse(args);
        return parsed.Errors.Count == 0 && ReferenceEquals(parsed.Action, root.Action);
    }

    /// <summary>Runs the verb (or prints help, the version or the mistake) and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var (_, parsed) = Parse(args);
        if (parsed.Errors.Count > 0) return await RefuseAsync(parsed.CommandResult.Command, parsed.Errors.Select(e => e.Message), error);
        try
        {
            // Exceptions reach the catch below rather than System.CommandLine's handler (which prints a stack trace),
            // and Ctrl+C ends the process as it always has.
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception exception) when (StartupRefusal.Describe(exception).Code == StartupRefusal.Configuration)
        {
            // Settings the verb cannot work with: one line naming them, never a stack trace.
            await error.WriteLineAsync($"error: {StartupRefusal.Describe(exception).Reason}");
            return StartupRefusal.Configuration;
        }
    }

    /// <summary>The version <c>--version</c> prints: the app's informational version (its build's commit after the '+').</summary>
    public static string Version { get; } =
        typeof(AppCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AppCommandLine).Assembly.GetName().Version?.ToString() ?? "0";

    private static (RootCommand Root, ParseResult Parsed) Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (settings, others) = SettingArguments.Split(args, OptionNames.Contains);
        var root = Build(settings);
        // Response files (@FILE) are off: an argument such as a PDF's name is taken as written.
        return (root, root.Parse(others, new ParserConfiguration { ResponseFileTokenReplacer = null }));
    }

    /// <summary>Every option's names and aliases (--content, --help, -h...), whatever the verb.</summary>
    private static readonly HashSet<string> OptionNames = OptionNamesOf(Build([]));

    private static HashSet<string> OptionNamesOf(RootCommand root) =>
        root.Subcommands.SelectMany(c => c.Options).Concat(root.Options).SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);

    private static RootCommand Build(IReadOnlyList<string> settings)
    {
        var root = new RootCommand(
            "The LPIP Hub's evidence reviews. With no command, runs the site. Settings go on the command line as " +
            "--Section:Key=VALUE (for example --Content:Path=DIR, --ConnectionStrings:Evidence=\"Data Source=FILE\") " +
            "or --urls URL; see the README for every setting.")
        {
            HelpName = AppName,
        };
        UseOwnVersion(root);
        // The site itself runs from Program.cs when RunsTheSite says so; asked to run here, the app explains itself.
        root.SetAction(parsed => Help(parsed.RootCommandResult.Command, parsed.InvocationConfiguration.Output));
        root.Subcommands.Add(Verbs.Check(settings));
        root.Subcommands.Add(Verbs.Import(settings));
        root.Subcommands.Add(Verbs.Draft(settings));
        root.Subcommands.Add(Verbs.HelpVerb(root));
        foreach (var verb in root.Subcommands) UseOwnVersion(verb);
        return root;
    }

    /// <summary>
    /// <c>--version</c> printing this app's version: System.CommandLine's own prints the entry assembly's, which is the
    /// test host's when the tests run a verb in process.
    /// </summary>
    private static void UseOwnVersion(Command command)
    {
        var version = command.Options.OfType<VersionOption>().FirstOrDefault();
        if (version is null)
        {
            version = new VersionOption();
            command.Options.Add(version);
        }
        version.Action = new PrintVersion();
    }

    /// <summary>Writes the command's help to <paramref name="writer"/>; 0.</summary>
    internal static int Help(Command command, TextWriter writer)
    {
        var parsed = command.Parse(["--help"]);
        return parsed.Invoke(new InvocationConfiguration { Output = writer, Error = writer });
    }

    /// <summary>Each mistake on one line, then the usage of the verb it was made in, all on standard error; exit 2.</summary>
    internal static async Task<int> RefuseAsync(Command command, IEnumerable<string> mistakes, TextWriter error)
    {
        foreach (var mistake in mistakes) await error.WriteLineAsync($"error: {mistake}");
        await error.WriteLineAsync();
        Help(command, error);
        return StartupRefusal.Usage;
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return StartupRefusal.Stopped;
        }
    }
}
