using System.CommandLine;

namespace LpipEvidence.Web.CommandLine;

/// <summary>
/// The verbs' grammar: their names, options, arguments and help. What each does is in <see cref="CheckVerb"/>,
/// <see cref="ImportVerb"/> and <see cref="DraftVerb"/>; the settings from the command line go to each.
/// </summary>
internal static class Verbs
{
    private const string ContentDefault =
        "Default: Content:Path (environment variable Content__Path), else the nearest content/ folder.";

    private static Option<string> ContentOption() => new("--content")
    {
        Description = "The content folder (holding reviews/ and themes/). " + ContentDefault,
        HelpName = "DIR",
    };

    public static Command Check(IReadOnlyList<string> settings)
    {
        var content = ContentOption();
        var check = new Command("check",
            "Validate the content and list drafts and unconfirmed themes. Exit codes: 0 valid, 1 content errors (printed " +
            "as path:line:column: error: message), 2 usage (an unknown option, no content folder), 3 invalid settings.")
        {
            content,
        };
        check.SetAction((parsed, _) => CheckVerb.RunAsync(settings, parsed.GetValue(content),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return check;
    }

    public static Command Import(IReadOnlyList<string> settings)
    {
        var content = ContentOption();
        var output = new Option<string>("--output")
        {
            Description = "Build a store artifact instead: FILE (migrated, imported, sealed) and its search index " +
                "FILE.search/, to serve read-only with Store:Artifact=FILE. FILE must not exist yet.",
            HelpName = "FILE",
        };
        var import = new Command("import",
            "Validate the content and import it into the store (ConnectionStrings:Evidence), then exit. Exit codes: 0 " +
            "imported or unchanged, 1 content errors (nothing imported; the store keeps its content) or an artifact that " +
            "cannot be served, 2 usage (an unknown option, no content folder, FILE exists, Store:Artifact set), " +
            "3 invalid settings.")
        {
            content,
            output,
        };
        import.SetAction((parsed, _) => ImportVerb.RunAsync(settings, parsed.GetValue(content), parsed.GetValue(output),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return import;
    }

    public static Command Draft(IReadOnlyList<string> settings)
    {
        var content = ContentOption();
        var pdf = new Argument<string?>("REVIEW.pdf")
        {
            Description = "The review's PDF as the Hub published it.",
            // Optional to the parser, so that --help and --version need none and a missing PDF is refused with the
            // verb's own words below.
            Arity = ArgumentArity.ZeroOrOne,
        };
        var draft = new Command("draft",
            "Draft a review's content files from its published PDF, marked 'draft: true'; print the files written and " +
            "what to check. Exit codes: 0 drafted, 1 the PDF is not a review or the folder has errors (nothing written), " +
            "2 usage (no PDF, an unknown option, no content folder), 3 invalid settings.")
        {
            pdf,
            content,
        };
        draft.SetAction((parsed, _) => parsed.GetValue(pdf) is { } file
            ? DraftVerb.RunAsync(settings, file, parsed.GetValue(content), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error)
            : AppCommandLine.RefuseAsync(parsed.CommandResult.Command, ["draft needs the review's PDF: draft REVIEW.pdf [--content DIR]"],
                parsed.InvocationConfiguration.Error));
        return draft;
    }

    /// <summary><c>help</c>: the app's help, as <c>--help</c> prints it (the verb the app has always had).</summary>
    public static Command HelpVerb(RootCommand root)
    {
        var help = new Command("help", "Show help and usage information (the same as --help).");
        help.SetAction(parsed => AppCommandLine.Help(root, parsed.InvocationConfiguration.Output));
        return help;
    }
}
