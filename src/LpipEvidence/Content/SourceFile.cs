using System.Text;

namespace LpipEvidence.Content;

/// <summary>A content file decoded as UTF-8 with line endings normalised to "\n".</summary>
internal sealed record SourceFile(string Path, string Text)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes bytes strictly; on invalid UTF-8 reports the line and column of the first bad byte, and a line longer
    /// than <paramref name="maxLineLength"/> characters is reported instead of being parsed.
    /// </summary>
    public static SourceFile? Decode(string path, byte[] bytes, ICollection<ContentError> errors, int maxLineLength = int.MaxValue)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];

        var offset = 0;
        int line = 1, column = 1;
        while (offset < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                errors.Add(new ContentError(path, line, column,
                    $"the file is not valid UTF-8 (byte 0x{span[offset]:X2} at offset {offset}); save it as UTF-8"));
                return null;
            }
            if (rune.Value is '\n' or '\r') { line++; column = 1; }
            else { column += rune.Utf16SequenceLength; }
            if (column > maxLineLength + 1)
            {
                errors.Add(new ContentError(path, line, 1,
                    $"line {line} is longer than {maxLineLength:N0} characters (limit Content:Limits:MaxLineLength); break it into paragraphs"));
                return null;
            }
            // "\r\n" is one line break.
            if (rune.Value == '\r' && offset + 1 < span.Length && span[offset + 1] == '\n') offset++;
            offset += consumed;
        }

        var text = StrictUtf8.GetString(span);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new SourceFile(path, text);
    }

    /// <summary>1-based line and column of a 0-based character offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < Text.Length; i++)
        {
            if (Text[i] == '\n') { line++; lineStart = i + 1; }
        }
        return (line, offset - lineStart + 1);
    }
}
