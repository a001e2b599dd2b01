using Microsoft.Playwright;
using ZXing;
using ZXing.Common;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// Reads a QR code the way a phone would: from a picture of it as the browser drew it. The picture (a PNG) is
/// decoded to grey levels by the browser itself, through a canvas, and the grey levels by ZXing.
/// </summary>
public static class QrCodeReader
{
    /// <summary>The text of the QR code in a screenshot of <paramref name="element"/>, or null when none can be read.</summary>
    public static async Task<string?> ReadAsync(IPage page, ILocator element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return await ReadPngAsync(page, await element.ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png }));
    }

    /// <summary>The text of a QR code anywhere in a PNG picture (a screenshot, a page of a PDF rendered to pixels), or null when none can be read.</summary>
    public static async Task<string?> ReadPngAsync(IPage page, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(page);
        var image = await page.EvaluateAsync<GreyImage>(
            """
            async (base64) => {
                const picture = new Image();
                picture.src = "data:image/png;base64," + base64;
                await picture.decode();
                // A white border as a quiet zone, in case the screenshot cut it close.
                const border = 16;
                const canvas = document.createElement("canvas");
                canvas.width = picture.naturalWidth + 2 * border;
                canvas.height = picture.naturalHeight + 2 * border;
                const context = canvas.getContext("2d");
                context.fillStyle = "#fff";
                context.fillRect(0, 0, canvas.width, canvas.height);
                context.drawImage(picture, border, border);
                const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
                // One byte per pixel, sent back as base64: a printed A4 page at 150 dpi is two million pixels, which
                // as a JSON array of numbers took tens of seconds to pass to .NET on a busy machine.
                const grey = new Uint8Array(rgba.length / 4);
                for (let i = 0, j = 0; i < rgba.length; i += 4, j++) grey[j] = Math.round((rgba[i] + rgba[i + 1] + rgba[i + 2]) / 3);
                let text = "";
                for (let i = 0; i < grey.length; i += 0x8000) text += String.fromCharCode.apply(null, grey.subarray(i, i + 0x8000));
                return { width: canvas.width, height: canvas.height, grey: btoa(text) };
            }
            """,
            Convert.ToBase64String(png));
        var source = new RGBLuminanceSource(Convert.FromBase64String(image.Grey), image.Width, image.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new ZXing.QrCode.QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        return result?.Text;
    }

    /// <summary>Grey levels (0 black to 255 white, a byte each, in base64), row by row; Playwright fills it, so it needs settable properties.</summary>
    private sealed class GreyImage
    {
        public int Width { get; set; }

        public int Height { get; set; }

        public string Grey { get; set; } = "";
    }
}
