using System.Text;
using LpipEvidence.Drafting;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Drafting;

/// <summary>Whatever is wrong with the file, draft answers one line saying what, and reads no further.</summary>
public sealed class BadPdfTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lpip-badpdf-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static string Refusal(byte[] pdf) => Assert.Throws<DraftException>(() => ReviewPdf.Read(pdf)).Message;

    private static string Refusal(string path) => Assert.Throws<DraftException>(() => ReviewPdf.Read(path)).Message;

    [Fact]
    public void Read_ScannedPdfWithNoText_SaysItHasNoText()
    {
        Assert.StartsWith("the PDF has no text (it may be a scan", Refusal(TestPdfs.Make()), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PdfWithoutKeyFindings_SaysItIsNotAReview()
    {
        Assert.Equal("the PDF is not an evidence review: it has no 'Key Finding:' headings",
            Refusal(TestPdfs.Make("Minutes of the meeting", "Apologies were received from two members.")));
    }

    [Fact]
    public void Read_ReviewWithoutItsCoverPage_SaysSo()
    {
        Assert.StartsWith("the PDF has no repository cover page", Refusal(TestPdfs.Make("Key Finding: Something", "Text.")), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EncryptedPdf_SaysItIsEncrypted()
    {
        // A password-protected file: the standard security handler in the trailer, with a user password that is not empty.
        var text = Encoding.Latin1.GetString(TestPdfs.Make("Key Finding: Something"));
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", at, StringComparison.Ordinal) + 2;
        var hex = new string('A', 64);
        text = text[..open] + $" /Encrypt << /Filter /Standard /V 1 /R 2 /O <{hex}> /U <{hex}> /P -4 >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] " + text[open..];

        Assert.StartsWith("the PDF is encrypted (password-protected)", Refusal(Encoding.Latin1.GetBytes(text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedPdf_SaysItIsTruncated()
    {
        var whole = File.ReadAllBytes(RepositoryPaths.FixturePdf("innovation-evidence-review.pdf"));

        Assert.StartsWith("the PDF is truncated", Refusal(whole[..(whole.Length / 2)]), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileThatIsNotAPdf_SaysSo()
    {
        Assert.StartsWith("the file is not a PDF", Refusal(Encoding.UTF8.GetBytes("---\ntitle: a Markdown file\n---\n")), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_IsRefusedBeforeItIsRead()
    {
        var path = Path.Combine(_folder, "huge.pdf");
        using (var file = File.Create(path)) file.SetLength(ReviewPdf.MaxBytes + 1); // sparse: no 50 MB written

        Assert.StartsWith("the file is 50 MB, more than the 50 MB a review's PDF can be", Refusal(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PathThatDoesNotExist_SaysSo()
    {
        Assert.Equal("no such file: give the path of the review's PDF file", Refusal(Path.Combine(_folder, "missing.pdf")));
    }
}
