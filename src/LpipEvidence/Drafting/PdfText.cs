namespace LpipEvidence.Drafting;

/// <summary>
/// A PDF's text: each page's lines in reading order without its running headers, footers and page numbers, which are
/// kept apart (a briefing's date line can be one).
/// </summary>
internal sealed record PdfText(IReadOnlyList<IReadOnlyList<PdfLine>> Pages, IReadOnlyList<PdfLine> Furniture);
