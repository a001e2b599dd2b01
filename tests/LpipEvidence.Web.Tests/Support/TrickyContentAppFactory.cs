using LpipEvidence.Tests.Support;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>
/// The app on a small temporary content folder whose words are hard to carry safely: a title with commas and quotes,
/// a review title that tries to close a script element, text with line breaks that starts like a spreadsheet formula
/// (@), and a takeaway that is one (=).
/// </summary>
public sealed class TrickyContentAppFactory : EvidenceAppFactory
{
    public const string ReviewTitle = "Sample </script><script>alert(1)</script> Review";
    public const string FindingTitle = "Clusters, \"hubs\" and places";
    public const string FindingSlug = "first-finding";
    public const string FormulaTakeaway = "=HYPERLINK(\"https://example.org\",\"click\")";
    public const string TextStart = "@SUM(A1) starts this text, with a comma.";
    public const string SecondParagraph = "A second paragraph, \"quoted\".";

    public const string FirstNote = "Clarified the first paragraph.";
    public const string SecondNote = "Added a second paragraph.";

    private readonly TempContent _content;

    public TrickyContentAppFactory() : this(Build())
    {
    }

    private TrickyContentAppFactory(TempContent content) : base(content.Root) => _content = content;

    private static TempContent Build()
    {
        var content = new TempContent();
        content.Write(TempContent.ReviewPath, TempContent.Review.Replace("title: Sample Evidence Review", $"title: \"{ReviewTitle}\"", StringComparison.Ordinal));
        content.Write(TempContent.FirstFindingPath, $"""
            ---
            title: '{FindingTitle}'
            slug: {FindingSlug}
            order: 1
            themes:
              - clusters
            changes:
              - date: 2025-01-10
                note: {FirstNote}
              - date: 2025-02-20
                note: {SecondNote}
            ---
            {TextStart}

            {SecondParagraph}

            ## Key takeaway

            {FormulaTakeaway}
            """);
        return content;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _content.Dispose();
    }
}
