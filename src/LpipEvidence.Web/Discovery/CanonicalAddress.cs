using LpipEvidence.Addresses;

namespace LpipEvidence.Web.Discovery;

/// <summary>
/// One address per page: page addresses are lower case without a trailing slash (slugs are lower case), so
/// <c>/Findings/X/</c> is <c>/findings/x</c>. Only paths made of slug characters are pages' spellings: files (with
/// a dot), framework and API paths are left alone, as their names are case-sensitive or they are not pages.
/// </summary>
public static class CanonicalAddress
{
    // Saved briefings (/b/{id}): their ids are case-sensitive.
    private static readonly string[] Untouched = [SiteAddresses.SavedBriefingPrefix, "/_framework", "/_content", "/_blazor", "/api", "/openapi", "/health", "/healthz"];

    /// <summary>
    /// The canonical form of a page's path, or null when the path is not a page's or cannot be made canonical
    /// safely (empty segments could turn a relative redirect into another site's address: <c>//evil.example</c>).
    /// </summary>
    public static string? Of(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value == "/") return "/";
        var trimmed = value.TrimEnd('/');
        if (trimmed.Length == 0) return "/";
        // Page addresses are made of slugs; anything else (a file's dot, encoded or hostile text) is not a page's
        // other spelling and is left to answer for itself, usually 404.
        if (!trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/')) return null;
        if (trimmed.Contains("//", StringComparison.Ordinal)) return null;
        if (Untouched.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))) return null;
        return trimmed.ToLowerInvariant();
    }
}
