using System.Buffers.Text;
using System.Security.Cryptography;

namespace LpipEvidence.SavedBriefings;

/// <summary>
/// The id of a saved briefing: 64 bits from the operating system's cryptographic random number generator, written
/// as 11 characters of unpadded base64url (<c>A-Z a-z 0-9 - _</c>). Nobody can guess one or walk through them, so
/// the address alone is what lets someone read a briefing.
/// </summary>
public static class BriefingId
{
    /// <summary>Length of every id.</summary>
    public const int Length = 11;

    private const int RandomBytes = 8;

    /// <summary>A new random id.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>
    /// Whether <paramref name="text"/> could be an id: exactly <see cref="Length"/> base64url characters. Anything else
    /// is turned away before the store is asked.
    /// </summary>
    public static bool IsWellFormed(string? text)
    {
        if (text is null || text.Length != Length) return false;
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_')) return false;
        }
        return true;
    }
}
