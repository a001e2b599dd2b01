using LpipEvidence.Content;
using LpipEvidence.Store;
using LpipEvidence.Web.ContentFolder;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.Logging;
using LpipEvidence.Web.Text;

namespace LpipEvidence.Web.CommandLine;

/// <summary>
/// What every verb starts from: a host builder with the settings from the command line, the content folder the verb
/// works on, and where it writes.
/// </summary>
internal sealed record VerbContext(HostApplicationBuilder Builder, string Root, string Display, TextWriter Output, TextWriter Error)
{
    /// <summary>The content limits from the settings (Content:Limits), or the defaults.</summary>
    public ContentLimits Limits =>
        Builder.Configuration.GetSection($"{ContentOptions.Section}:{nameof(ContentOptions.Limits)}").Get<ContentLimits>() ?? ContentLimits.Default;

    /// <summary>
    /// Builds the context for a verb, or prints why not (the content folder cannot be found) and returns null: the
    /// caller exits with <see cref="StartupRefusal.Usage"/>.
    /// </summary>
    public static async Task<VerbContext?> CreateAsync(IReadOnlyList<string> settings, string? content, TextWriter output, TextWriter error)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. settings],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        // Content errors are printed by the verb itself; only the store's own warnings (a stale lock cleared) are shown.
        builder.Logging.AddProvider(new TextWriterLoggerProvider(error, LogLevel.Warning));
        builder.Logging.AddFilter<TextWriterLoggerProvider>((category, _) => category == typeof(EvidenceStore).FullName);
        var pathKey = $"{ContentOptions.Section}:{nameof(ContentOptions.Path)}";
        if (content is not null) builder.Configuration[pathKey] = content;
        builder.Configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Watch)}"] = "false";

        var root = ContentLocator.Resolve(builder.Configuration[pathKey], Environment.CurrentDirectory, AppContext.BaseDirectory);
        if (root is null || !Directory.Exists(root))
        {
            await error.WriteLineAsync($"error: content folder not found{(root is null ? "" : $": {root}")}; pass --content DIR");
            return null;
        }
        // Show the folder as the person named it: `dotnet run` starts the app in the project's folder, so a path
        // made relative to that would not match what they typed.
        var named = content ?? builder.Configuration[pathKey];
        var display = string.IsNullOrWhiteSpace(named) ? ContentLocator.Display(root) : named.TrimEnd('/', '\\');
        return new VerbContext(builder, root, display, output, error);
    }

    /// <summary>Prints content errors, one a line, and the outcome; 0 when there were none, else 1.</summary>
    public static async Task<int> ReportAsync(IReadOnlyList<ContentError> errors, string display, TextWriter output, TextWriter error, string failure, string success)
    {
        if (errors.Count == 0)
        {
            await output.WriteLineAsync(success);
            return StartupRefusal.Stopped;
        }
        foreach (var e in errors) await output.WriteLineAsync(e.Format(display));
        await error.WriteLineAsync($"{display}: {Wording.Count(errors.Count, "error")}{failure}");
        return 1;
    }
}
