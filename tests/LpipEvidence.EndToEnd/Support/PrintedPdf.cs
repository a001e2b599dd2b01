using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// A page printed to an A4 PDF the way Chromium prints it for a person, with its text read back by PdfPig, and a
/// copy kept under <see cref="Folder"/> (the PDF and a screenshot of the page in print media) to look at.
/// </summary>
public sealed class PrintedPdf
{
    private readonly string _squashed;

    private PrintedPdf(int pageCount, string text, string path)
    {
        PageCount = pageCount;
        Text = text;
        Path = path;
        _squashed = Squash(text);
    }

    /// <summary>Where the printed PDFs and their print-media screenshots are kept.</summary>
    public static string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "e2e-pdf");

    public int PageCount { get; }

    /// <summary>The text of every page, in content order, pages separated by form feeds.</summary>
    public string Text { get; }

    /// <summary>Where the PDF was saved.</summary>
    public string Path { get; }

    /// <summary>Prints the page as it is now to A4, without background graphics, as the browser's print dialog does by default.</summary>
    public static async Task<PrintedPdf> PrintAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = System.IO.Path.Combine(Folder, name + ".print-media.png"),
            FullPage = true,
        });
        var path = System.IO.Path.Combine(Folder, name + ".pdf");
        var bytes = await page.PdfAsync(new PagePdfOptions { Path = path, Format = "A4", PrintBackground = false });

        using var document = PdfDocument.Open(bytes);
        var text = new StringBuilder();
        foreach (var pdfPage in document.GetPages())
        {
            text.Append(ContentOrderTextExtractor.GetText(pdfPage)).Append('\f');
        }
        return new PrintedPdf(document.NumberOfPages, text.ToString(), path);
    }

    /// <summary>
    /// True when the printed text holds <paramref name="expected"/>, ignoring where lines wrapped: white space,
    /// hyphens (a line may break after one) and compatibility forms such as the "fi" ligature do not count.
    /// </summary>
    public bool Contains(string expected) => _squashed.Contains(Squash(expected), StringComparison.Ordinal);

    /// <summary>Where <paramref name="expected"/> first appears in the printed text (compared as in <see cref="Contains"/>), or -1.</summary>
    public int IndexOf(string expected) => _squashed.IndexOf(Squash(expected), StringComparison.Ordinal);

    /// <summary>How many times <paramref name="expected"/> appears in the printed text (compared as in <see cref="Contains"/>).</summary>
    public int Count(string expected)
    {
        var needle = Squash(expected);
        var count = 0;
        for (var at = _squashed.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = _squashed.IndexOf(needle, at + needle.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Asserts the printed text holds <paramref name="expected"/>; see <see cref="Contains"/>.</summary>
    public void AssertContains(string expected, string what) =>
        Assert.True(Contains(expected), $"The printed {System.IO.Path.GetFileName(Path)} lacks {what}: “{expected}”.\nIts text:\n{Text}");

    /// <summary>Asserts the printed text does not hold <paramref name="unexpected"/>; see <see cref="Contains"/>.</summary>
    public void AssertLacks(string unexpected) =>
        Assert.False(Contains(unexpected),
            $"The printed {System.IO.Path.GetFileName(Path)} shows “{unexpected}”, which belongs on screen only.\nIts text:\n{Text}");

    private static string Squash(string text)
    {
        var squashed = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || c is '-' or '\u00AD' or '\u2010' or '\u2011') continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            squashed.Append(c);
        }
        return squashed.ToString();
    }
}
