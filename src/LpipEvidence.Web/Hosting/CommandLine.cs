using LpipEvidence.Content;
using LpipEvidence.Drafting;
using LpipEvidence.Search;
using LpipEvidence.Store;

namespace LpipEvidence.Web.Hosting;

/// <summary>
/// The app's command-line verbs, for editors and CI:
/// <c>check [--content DIR]</c> validates the content and exits 0 (valid) or 1 (errors printed);
/// <c>import [--content DIR]</c> imports it into the store and exits;
/// <c>import [--content DIR] --output FILE</c> builds a store artifact to serve read-only (see <see cref="StoreArtifact"/>);
/// <c>draft REVIEW.pdf [--content DIR]</c> drafts a review's content files from its published PDF.
/// </summary>
public static class CommandLine
{
    private const string Usage = """
        Usage:
          LpipEvidence.Web                          run the site
          LpipEvidence.Web check [--content DIR]    validate the content; exit 0 when valid, 1 with errors printed
          LpipEvidence.Web import [--content DIR]   validate and import the content into the store, then exit
          LpipEvidence.Web import [--content DIR] --output FILE
                                                    build a store artifact: FILE (migrated, imported, sealed) and its
                                                    search index FILE.search/, to serve read-only with Store:Artifact=FILE
          LpipEvidence.Web draft REVIEW.pdf [--content DIR]
                                                    draft a review's content files from its published PDF, marked
                                                    'draft: true'; print the files written and what to check

        DIR defaults to Content:Path (environment variable Content__Path), else the nearest content/ folder.
        The store is ConnectionStrings:Evidence (environment variable ConnectionStrings__Evidence).
        """;

    /// <summary>Whether the arguments name a verb rather than options for the web host.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "check" or "import" or "draft" or "help";

    /// <summary>Runs the verb and returns the process exit code (see <see cref="StartupRefusal"/> for the codes).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        try
        {
            return await RunVerbAsync(args, output, error);
        }
        catch (Exception exception) when (StartupRefusal.Describe(exception).Code == StartupRefusal.Configuration)
        {
            // Settings the verb cannot work with: one line naming them, never a stack trace.
            await error.WriteLineAsync($"error: {StartupRefusal.Describe(exception).Reason}");
            return StartupRefusal.Configuration;
        }
    }

    private static async Task<int> RunVerbAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args[0] == "help")
        {
            await output.WriteLineAsync(Usage);
            return 0;
        }

        string? content = null;
        string? artifact = null;
        string? pdf = null;
        var hostArgs = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                await output.WriteLineAsync(Usage);
                return 0;
            }
            if (arg == "--content")
            {
                if (i + 1 >= args.Length)
                {
                    await error.WriteLineAsync("error: --content needs a folder\n\n" + Usage);
                    return 2;
                }
                content = args[++i];
            }
            else if (arg.StartsWith("--content=", StringComparison.Ordinal))
            {
                content = arg["--content=".Length..];
            }
            else if (arg == "--output" && args[0] == "import")
            {
                if (i + 1 >= args.Length)
                {
                    await error.WriteLineAsync("error: --output needs a file\n\n" + Usage);
                    return 2;
                }
                artifact = args[++i];
            }
            else if (arg.StartsWith("--output=", StringComparison.Ordinal) && args[0] == "import")
            {
                artifact = arg["--output=".Length..];
            }
            else if (args[0] == "draft" && pdf is null && !arg.StartsWith('-'))
            {
                pdf = arg;
            }
            else
            {
                hostArgs.Add(arg);
            }
        }
        if (args[0] == "draft" && pdf is null)
        {
            await error.WriteLineAsync("error: draft needs the review's PDF: draft REVIEW.pdf [--content DIR]\n\n" + Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. hostArgs],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        // Content errors are printed by the verb itself; only the store's own warnings (a stale lock cleared) are shown.
        builder.Logging.AddProvider(new TextWriterLoggerProvider(error, LogLevel.Warning));
        builder.Logging.AddFilter<TextWriterLoggerProvider>((category, _) => category == typeof(EvidenceStore).FullName);
        if (content is not null) builder.Configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Path)}"] = content;
        builder.Configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Watch)}"] = "false";

        var root = ContentLocator.Resolve(builder.Configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Path)}"],
            Environment.CurrentDirectory, AppContext.BaseDirectory);
        if (root is null || !Directory.Exists(root))
        {
            await error.WriteLineAsync($"error: content folder not found{(root is null ? "" : $": {root}")}; pass --content DIR");
            return 2;
        }
        // Show the folder as the person named it: `dotnet run` starts the app in the project's folder, so a path
        // made relative to that would not match what they typed.
        var named = content ?? builder.Configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Path)}"];
        var display = string.IsNullOrWhiteSpace(named) ? ContentLocator.Display(root) : named.TrimEnd('/', '\\');

        if (args[0] == "draft") return await DraftAsync(pdf!, root, display, builder.Configuration, output, error);

        if (args[0] == "check")
        {
            var limits = builder.Configuration.GetSection($"{ContentOptions.Section}:{nameof(ContentOptions.Limits)}").Get<ContentLimits>() ?? ContentLimits.Default;
            var result = ContentReader.Read(root, limits);
            var code = await ReportAsync(result.Errors, display, output, error, "",
                result.Content is { } c ? $"{display}: OK: {Wording.Count(c.Reviews.Count, "review")}, {Wording.Count(c.Findings.Count(), "finding")}, {Wording.Count(c.Themes.Count, "theme")}" : "");
            // Drafts and unconfirmed themes are valid, so they do not fail the check; they are listed until dealt with.
            if (result.Content is { } valid)
            {
                foreach (var note in ContentNote.For(valid)) await output.WriteLineAsync(note.Format(display));
            }
            return code;
        }

        if (artifact is not null) return await StoreArtifactBuilder.BuildAsync(builder, root, display, artifact, output, error);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{StoreOptions.Section}:{nameof(StoreOptions.Artifact)}"]))
        {
            await error.WriteLineAsync("error: Store:Artifact is set, and an artifact is never changed once built: build a new one with --output FILE");
            return 2;
        }

        builder.AddEvidenceStore();
        builder.AddSearch();
        using var host = builder.Build();
        // Nothing is served meanwhile: embed on every core.
        host.Services.GetRequiredService<SearchIndexManager>().EmbeddingThreads = Environment.ProcessorCount;
        var import = await host.InitialiseEvidenceStoreAsync();
        // A stale search index is rebuilt in the background while a site would serve the old one: here, wait for it.
        await host.Services.GetRequiredService<SearchIndexManager>().WhenIdleAsync();
        var summary = import.Outcome switch
        {
            ImportOutcome.Imported => $"{display}: imported {Wording.Count(import.ReviewCount, "review")}, {Wording.Count(import.FindingCount, "finding")}, {Wording.Count(import.ThemeCount, "theme")}",
            _ => $"{display}: unchanged since the last import; nothing written",
        };
        return await ReportAsync(import.Errors, display, output, error, "; nothing was imported and the store keeps its previous content", summary);
    }

    /// <summary>
    /// Drafts the review in <paramref name="pdf"/> into the content folder: 0 with the files written and what to check,
    /// 1 with one line saying why when the PDF cannot be drafted or the folder is not valid (nothing is written then).
    /// </summary>
    private static async Task<int> DraftAsync(string pdf, string root, string display, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var limits = configuration.GetSection($"{ContentOptions.Section}:{nameof(ContentOptions.Limits)}").Get<ContentLimits>() ?? ContentLimits.Default;
        var existing = ContentReader.Read(root, limits);
        if (existing.Content is null && !existing.LacksOnlyReviews)
        {
            // The draft is checked against the folder's themes and findings, so they must be readable first.
            await error.WriteLineAsync($"error: {display} has {Wording.Count(existing.Errors.Count, "error")}; run check, fix them, then draft again (nothing was written)");
            return 1;
        }
        try
        {
            var draft = ReviewPdf.Read(ContentLocator.ResolveFile(pdf));
            // Themes are suggested by meaning with the model search uses.
            var result = DraftWriter.Write(root, existing.Themes, existing.Content?.Findings.Select(f => f.Slug) ?? [], draft,
                LpipEvidence.Search.Meaning.MiniLmEmbedder.Shared);
            await output.WriteLineAsync($"Drafted '{draft.Title}' ({Wording.Count(draft.Findings.Count, "key finding")}) from {pdf}, marked draft: true. Wrote:");
            foreach (var file in result.Files) await output.WriteLineAsync($"  {display}/{file}");
            await output.WriteLineAsync("Check before publishing:");
            foreach (var check in result.Checks) await output.WriteLineAsync($"  - {check}");
            await output.WriteLineAsync($"Then run: check --content {display}");
            return 0;
        }
        catch (DraftException ex)
        {
            await error.WriteLineAsync($"error: {pdf}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Prints content errors, one a line, and the outcome; 0 when there were none, else 1.</summary>
    internal static async Task<int> ReportAsync(IReadOnlyList<ContentError> errors, string display, TextWriter output, TextWriter error, string failure, string success)
    {
        if (errors.Count == 0)
        {
            await output.WriteLineAsync(success);
            return 0;
        }
        foreach (var e in errors) await output.WriteLineAsync(e.Format(display));
        await error.WriteLineAsync($"{display}: {Wording.Count(errors.Count, "error")}{failure}");
        return 1;
    }

}
