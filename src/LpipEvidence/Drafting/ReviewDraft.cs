using LpipEvidence.Content;

namespace LpipEvidence.Drafting;

/// <summary>What <see cref="ReviewPdf"/> read from a review's published PDF, word for word, before any theme is chosen.</summary>
/// <param name="Title">The title, from the cover page.</param>
/// <param name="Authors">From the cover page's "Family, Given"; the honorific ("Dr") where the introduction names the author with one.</param>
/// <param name="Publisher">The Hub's name as printed under the briefing's date line.</param>
/// <param name="Published">The year and month of the briefing's date line.</param>
/// <param name="ProgrammeTheme">The programme theme of the date line ("Innovation").</param>
/// <param name="Licence">Name, code and, for Creative Commons, the licence's address.</param>
/// <param name="Citation">The citation as printed, in the authoring format's Markdown (italics as <c>*...*</c>, an address in angle brackets as <c>&lt;&lt;...&gt;&gt;</c>).</param>
/// <param name="SourceUrl">The address in the citation, rejoined where the PDF broke it across lines.</param>
/// <param name="Introduction">The introduction, paragraphs separated by a blank line.</param>
/// <param name="Findings">The key findings in the order printed.</param>
/// <param name="Checks">What the editor must check by hand: what the PDF did not say plainly.</param>
public sealed record ReviewDraft(
    string Title,
    IReadOnlyList<Author> Authors,
    string Publisher,
    PublicationMonth Published,
    string ProgrammeTheme,
    Licence Licence,
    string Citation,
    string SourceUrl,
    string Introduction,
    IReadOnlyList<FindingDraft> Findings,
    IReadOnlyList<string> Checks)
{
    /// <summary>The subtitle the Hub's briefings carry: "Innovation Policy Briefing".</summary>
    public string Subtitle => $"{ProgrammeTheme} Policy Briefing";
}

/// <summary>One key finding as printed: its title (without "Key Finding:"), text and key takeaway, each in Markdown.</summary>
public sealed record FindingDraft(int Order, string Title, string Text, string Takeaway);
