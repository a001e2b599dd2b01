using System.Globalization;

namespace LpipEvidence.Content;

/// <summary>A publication date given to the month, as reviews state it ("October 2024").</summary>
public readonly record struct PublicationMonth(int Year, int Month)
{
    /// <summary>"October 2024".</summary>
    public override string ToString() =>
        new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2024-10".</summary>
    public string ToIsoString() => $"{Year:D4}-{Month:D2}";

    /// <summary>Parses "2024-10" (also accepts a full date "2024-10-01", ignoring the day).</summary>
    public static bool TryParse(string? text, out PublicationMonth value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 2 or > 3) return false;
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return false;
        if (year < 1900 || month is < 1 or > 12) return false;
        if (parts.Length == 3 && !DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return false;
        value = new PublicationMonth(year, month);
        return true;
    }
}
