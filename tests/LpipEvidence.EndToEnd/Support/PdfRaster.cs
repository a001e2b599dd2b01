using System.Diagnostics;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// Renders the pages of a PDF to pictures at a given resolution with poppler's <c>pdftoppm</c> (Debian's
/// poppler-utils, which bash .ci/run installs): what a phone camera sees of a printed page is about 80 to 150 dpi.
/// </summary>
public static class PdfRaster
{
    /// <summary>Every page of <paramref name="pdfPath"/> as a PNG at <paramref name="dpi"/>, in order, saved beside the PDF.</summary>
    public static async Task<IReadOnlyList<byte[]>> RenderAsync(string pdfPath, int dpi)
    {
        var prefix = Path.ChangeExtension(pdfPath, null) + $".{dpi}dpi";
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var argument in new[] { "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", pdfPath, prefix }) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("pdftoppm is missing: apt-get install -y poppler-utils (bash .ci/run installs it).", ex);
        }
        using (process)
        {
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"pdftoppm exited {process.ExitCode}: {error}");
        }
        var folder = Path.GetDirectoryName(prefix)!;
        var files = Directory.GetFiles(folder, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal).ToList();
        return await Task.WhenAll(files.Select(f => File.ReadAllBytesAsync(f)));
    }
}
