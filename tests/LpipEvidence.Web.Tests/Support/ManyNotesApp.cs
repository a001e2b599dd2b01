using System.Globalization;
using System.Text;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>
/// The app over a copy of the content fixtures in a temporary folder, outside any git work tree, where "Evaluating
/// Transport Investment" also has <see cref="ExtraNotes"/> change notes (1 to 22 March 2025): enough for the list of
/// changes to run to two pages. With the fixture's own four notes there are <see cref="TotalNotes"/>.
/// </summary>
public sealed class ManyNotesApp : IDisposable
{
    public const int ExtraNotes = 22;
    public const int TotalNotes = ExtraNotes + 4;
    public const string FindingPath = "reviews/test-only-transport/findings/03-evaluating-transport-investment.md";

    private readonly TempContent _content = TempContent.CopyOf(RepositoryPaths.FixtureContent);

    public ManyNotesApp()
    {
        var original = File.ReadAllText(Path.Combine(_content.Root, FindingPath));
        var notes = new StringBuilder("changes:\n");
        for (var day = 1; day <= ExtraNotes; day++)
        {
            notes.Append(CultureInfo.InvariantCulture, $"  - date: 2025-03-{day:D2}\n    note: Made-up test change number {day}.\n");
        }
        // After the opening fence, so the notes sit in the front matter.
        _content.Write(FindingPath, "---\n" + notes + original[4..]);
        App = new EvidenceAppFactory(_content.Root);
    }

    public EvidenceAppFactory App { get; }

    public void Dispose()
    {
        App.Dispose();
        _content.Dispose();
    }
}
