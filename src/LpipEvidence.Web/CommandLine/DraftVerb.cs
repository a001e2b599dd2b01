using LpipEvidence.Content;
using LpipEvidence.Drafting;
using LpipEvidence.Web.ContentFolder;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.Text;

namespace LpipEvidence.Web.CommandLine;

/// <summary>
/// <c>draft REVIEW.pdf [--content DIR]</c>: drafts the review into the content folder: 0 with the files written and
/// what to check, 1 with one line saying why when the PDF cannot be drafted or the folder is not valid (nothing is
/// written then).
/// </summary>
internal static class DraftVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> settings, string pdf, string? content, TextWriter output, TextWriter error)
    {
        if (await VerbContext.CreateAsync(settings, content, output, error) is not { } verb) return StartupRefusal.Usage;
        var existing = ContentReader.Read(verb.Root, verb.Limits);
        if (existing.Content is null && !existing.LacksOnlyReviews)
        {
            // The draft is checked against the folder's themes and findings, so they must be readable first.
            await error.WriteLineAsync($"error: {verb.Display} has {Wording.Count(existing.Errors.Count, "error")}; run check, fix them, then draft again (nothing was written)");
            return 1;
        }
        try
        {
            var draft = ReviewPdf.Read(ContentLocator.ResolveFile(pdf));
            // Themes are suggested by meaning with the model search uses.
            var result = DraftWriter.Write(verb.Root, existing.Themes, existing.Content?.Findings.Select(f => f.Slug) ?? [], draft,
                LpipEvidence.Search.Meaning.MiniLmEmbedder.Shared);
            await output.WriteLineAsync($"Drafted '{draft.Title}' ({Wording.Count(draft.Findings.Count, "key finding")}) from {pdf}, marked draft: true. Wrote:");
            foreach (var file in result.Files) await output.WriteLineAsync($"  {verb.Display}/{file}");
            await output.WriteLineAsync("Check before publishing:");
            foreach (var check in result.Checks) await output.WriteLineAsync($"  - {check}");
            await output.WriteLineAsync($"Then run: check --content {verb.Display}");
            return 0;
        }
        catch (DraftException ex)
        {
            await error.WriteLineAsync($"error: {pdf}: {ex.Message}");
            return 1;
        }
    }
}
