using System.Globalization;

namespace LpipEvidence.Briefings;

/// <summary>The <c>made=</c> date of a briefing's address: how it is written and which values are used.</summary>
public static class BriefingDates
{
    /// <summary>How the date is written in an address: <c>2025-03-01</c>.</summary>
    public const string Format = "yyyy-MM-dd";

    /// <summary>The earliest date taken: no briefing was made before the site existed.</summary>
    public static readonly DateOnly Earliest = new(2024, 1, 1);

    /// <summary>
    /// Reads a <c>made=</c> value: a date written exactly as <see cref="Format"/>, from <see cref="Earliest"/> to
    /// <paramref name="today"/>. A later date would hide changes that happened before it, so it is not taken.
    /// </summary>
    public static bool TryParse(string? text, DateOnly today, out DateOnly made) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out made)
        && made >= Earliest && made <= today;
}
