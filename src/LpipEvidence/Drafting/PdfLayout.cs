using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace LpipEvidence.Drafting;

/// <summary>
/// Reads a PDF's text as lines in reading order: each page's words grouped into lines by baseline, a line split where
/// a column gutter crosses it, two-column bands read column by column, and each line marked when it lies on a shaded
/// box. Every refusal (not a PDF, truncated, encrypted, no text) is a <see cref="DraftException"/> with a one-line
/// message; PdfPig's own exceptions never reach the editor.
/// </summary>
internal static partial class PdfLayout
{
    /// <summary>Reads the pages of <paramref name="pdf"/>, or throws <see cref="DraftException"/>.</summary>
    public static PdfText Read(byte[] pdf)
    {
        if (pdf.Length < 8 || !Encoding.ASCII.GetString(pdf, 0, Math.Min(1024, pdf.Length)).Contains("%PDF-", StringComparison.Ordinal))
        {
            throw new DraftException("the file is not a PDF (it does not start with %PDF-); draft reads the review's published PDF");
        }
        // A PDF ends with %%EOF. PdfPig can recover some of a cut-off file, which would give a draft with findings
        // silently missing: a truncated download is refused instead.
        var tail = Encoding.ASCII.GetString(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length));
        if (!tail.Contains("%%EOF", StringComparison.Ordinal))
        {
            throw new DraftException("the PDF is truncated (it does not end with %%EOF): download it again");
        }

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DraftException($"the PDF cannot be read ({ex.Message.Split('\n')[0].Trim()}): download it again, or save it again as PDF");
        }

        using (document)
        {
            if (document.IsEncrypted) throw Encrypted();
            var pages = new List<PageLines>();
            try
            {
                foreach (var page in document.GetPages()) pages.Add(ReadPage(page));
            }
            catch (Exception ex) when (ex is PdfDocumentEncryptedException)
            {
                throw Encrypted();
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or DraftException))
            {
                throw new DraftException($"the PDF cannot be read ({ex.Message.Split('\n')[0].Trim()}): download it again, or save it again as PDF");
            }
            if (pages.All(p => p.Count == 0))
            {
                throw new DraftException("the PDF has no text (it may be a scan of printed pages): draft needs the review's published PDF, whose text can be selected");
            }
            var furniture = Furniture(pages);
            return new PdfText([.. pages.Select(p => ReadingOrder([.. p.Where(l => !furniture.Contains(l))], p.Width))], [.. furniture]);
        }
    }

    /// <summary>
    /// Running headers, footers and page numbers: lines in the top or bottom eighth of a page that recur on two pages or
    /// more (page numbers read as '#'), and lines there that are only a page number.
    /// </summary>
    private static HashSet<PdfLine> Furniture(List<PageLines> pages)
    {
        static bool InMargin(PdfLine line, double height) => line.Top > height * 0.875 || line.Bottom < height * 0.125;
        static string Key(string text) => new(text.Select(c => char.IsDigit(c) ? '#' : c).ToArray());
        var marginal = pages.SelectMany(p => p.Where(l => InMargin(l, p.Height))).ToList();
        var recurring = marginal.GroupBy(l => Key(l.Text)).Where(g => g.Select(l => l.Page).Distinct().Count() >= 2).Select(g => g.Key).ToHashSet();
        return [.. marginal.Where(l => recurring.Contains(Key(l.Text)) || PageNumber().IsMatch(l.Text))];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PageNumber();

    private static DraftException Encrypted() =>
        new("the PDF is encrypted (password-protected): draft cannot read it; ask the Hub for the unencrypted published PDF");

    private static PageLines ReadPage(Page page) => new(page.Width, page.Height, ReadLines(page));

    /// <summary>A page's lines, as found, with the page's size.</summary>
    private sealed class PageLines(double width, double height, List<PdfLine> lines) : List<PdfLine>(lines)
    {
        public double Width { get; } = width;
        public double Height { get; } = height;
    }

    private static List<PdfLine> ReadLines(Page page)
    {
        var boxes = page.Paths
            .Where(p => p.IsFilled && p.FillColor is { } colour && !IsWhite(colour.ToRGBValues()))
            .Select(p => p.GetBoundingRectangle())
            .OfType<PdfRectangle>()
            .Where(r => r.Width < page.Width * 0.98 || r.Height < page.Height * 0.98) // a page-sized fill is a background, not a box
            .ToList();

        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0).ToList();
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            var row = rows.LastOrDefault();
            if (row is not null && Math.Abs(Baseline(row[0]) - Baseline(word)) <= Math.Max(1.5, Size(row[0]) * 0.3)) row.Add(word);
            else rows.Add([word]);
        }

        var lines = new List<PdfLine>();
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            var segment = new List<Word> { row[0] };
            for (var i = 1; i < row.Count; i++)
            {
                // A gap of two ems or more is a column gutter or a header's two ends, never a space between words.
                if (row[i].BoundingBox.Left - row[i - 1].BoundingBox.Right > 2 * Size(row[i]))
                {
                    lines.Add(ToLine(page, segment, boxes));
                    segment = [];
                }
                segment.Add(row[i]);
            }
            lines.Add(ToLine(page, segment, boxes));
        }
        return lines;
    }

    /// <summary>
    /// Top to bottom, except where the page has columns: a run of lines none of which crosses the page's middle is read
    /// left column first, then right.
    /// </summary>
    private static List<PdfLine> ReadingOrder(List<PdfLine> lines, double width)
    {
        var middle = width / 2;
        var ordered = new List<PdfLine>();
        var band = new List<PdfLine>();
        var region = 0;
        foreach (var line in lines.OrderByDescending(l => l.Top).ThenBy(l => l.Left))
        {
            var crosses = line.Left < middle - 6 && line.Right > middle + 6;
            if (crosses)
            {
                Flush();
                ordered.Add(line with { Region = region });
            }
            else
            {
                band.Add(line);
            }
        }
        Flush();
        return ordered;

        void Flush()
        {
            if (band.Count == 0) return;
            var left = band.Where(l => l.Right <= middle + 6).ToList();
            var right = band.Where(l => l.Right > middle + 6).ToList();
            // A band with text only on the left is the ragged end of full-width text, not a column.
            if (right.Count > 0 && left.Count > 0)
            {
                region++;
                ordered.AddRange(left.Select(l => l with { Region = region }));
                region++;
                ordered.AddRange(right.Select(l => l with { Region = region }));
                region++;
            }
            else
            {
                ordered.AddRange(band.Select(l => l with { Region = region }));
            }
            band.Clear();
        }
    }

    private static PdfLine ToLine(Page page, List<Word> words, List<PdfRectangle> boxes)
    {
        var left = words.Min(w => w.BoundingBox.Left);
        var right = words.Max(w => w.BoundingBox.Right);
        var top = words.Max(w => w.BoundingBox.Top);
        var bottom = words.Min(w => w.BoundingBox.Bottom);
        var (x, y) = ((left + right) / 2, (top + bottom) / 2);
        var boxed = boxes.Any(b => x >= b.Left && x <= b.Right && y >= b.Bottom && y <= b.Top);
        var fonts = words.SelectMany(w => w.Letters).GroupBy(l => l.FontName ?? "").OrderByDescending(g => g.Count()).First().Key;
        return new PdfLine(page.Number, top, bottom, left, right, words.Max(Size), IsBold(fonts), boxed,
            [.. words.Select(w => new PdfWord(w.Text, IsItalic(w.Letters[0].FontName)))]);
    }

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    private static double Size(Word word) => word.Letters.Max(l => l.PointSize);

    private static bool IsItalic(string? font) => font is not null
        && (font.Contains("Italic", StringComparison.OrdinalIgnoreCase) || font.Contains("Oblique", StringComparison.OrdinalIgnoreCase));

    private static bool IsBold(string? font) => font is not null
        && (font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Black", StringComparison.OrdinalIgnoreCase) || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase));

    private static bool IsWhite((double R, double G, double B) rgb) => rgb.R > 0.97 && rgb.G > 0.97 && rgb.B > 0.97;
}
