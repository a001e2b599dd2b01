using LpipEvidence.Content;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.Text;

namespace LpipEvidence.Web.CommandLine;

/// <summary><c>check [--content DIR]</c>: validates the content; 0 when valid (drafts listed as notes), 1 with the errors.</summary>
internal static class CheckVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> settings, string? content, TextWriter output, TextWriter error)
    {
        if (await VerbContext.CreateAsync(settings, content, output, error) is not { } verb) return StartupRefusal.Usage;
        var result = ContentReader.Read(verb.Root, verb.Limits);
        var code = await VerbContext.ReportAsync(result.Errors, verb.Display, output, error, "",
            result.Content is { } c ? $"{verb.Display}: OK: {Wording.Count(c.Reviews.Count, "review")}, {Wording.Count(c.Findings.Count(), "finding")}, {Wording.Count(c.Themes.Count, "theme")}" : "");
        // Drafts and unconfirmed themes are valid, so they do not fail the check; they are listed until dealt with.
        if (result.Content is { } valid)
        {
            foreach (var note in ContentNote.For(valid)) await output.WriteLineAsync(note.Format(verb.Display));
        }
        return code;
    }
}
