using System.Globalization;
using System.Text;

namespace LpipEvidence.Content;

/// <summary>URL slugs: lower-case ASCII words joined by single hyphens.</summary>
public static class Slug
{
    /// <summary>Kebab-case of a title: "Evidence-Based and Experimental Policies" → "evidence-based-and-experimental-policies".</summary>
    public static string FromTitle(string title)
    {
        var normalized = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '\u2019') continue; // "Hub's" → "hubs", not "hub-s"
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="value"/> is already a well-formed slug.</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 120) return false;
        if (value[0] == '-' || value[^1] == '-' || value.Contains("--", StringComparison.Ordinal)) return false;
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) return false;
        }
        return true;
    }
}
