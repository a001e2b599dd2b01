using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LpipEvidence.Tests.Support;

/// <summary>Small PDFs made by PdfPig's document builder, for what the fixture PDFs under tests/Fixtures/pdf do not cover.</summary>
public static class TestPdfs
{
    /// <summary>A one-page PDF with these lines of text; with none, a page with only a drawing, as a scan has no text.</summary>
    public static byte[] Make(params string[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        if (lines.Length == 0) page.DrawRectangle(new PdfPoint(50, 400), 300, 200, 1, fill: true);
        for (var i = 0; i < lines.Length; i++) page.AddText(lines[i], 11, new PdfPoint(60, 760 - 16 * i), font);
        return builder.Build();
    }
}
