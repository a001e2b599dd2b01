namespace LpipEvidence.Drafting;

/// <summary>One word of a PDF line, with whether it is set in italics (the title in a citation is).</summary>
internal sealed record PdfWord(string Text, bool Italic);

/// <summary>
/// A line of text as printed: one column's line, not the whole width of the page when it has columns. Positions are
/// PDF points from the bottom of the page.
/// </summary>
internal sealed record PdfLine(int Page, double Top, double Bottom, double Left, double Right, double FontSize, bool Bold, bool Boxed, IReadOnlyList<PdfWord> Words)
{
    /// <summary>The line's text, words joined by single spaces.</summary>
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The reading region the line was read in (a full-width band, or one column of a band): a change of region is a break in the text's flow.</summary>
    public int Region { get; init; }
}
