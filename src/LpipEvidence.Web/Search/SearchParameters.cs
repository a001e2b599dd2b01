using System.Globalization;
using LpipEvidence.Search;
using LpipEvidence.Web.FrontDoor;

namespace LpipEvidence.Web.Search;

/// <summary>
/// Search parameters from a query string, checked: a request is either valid or carries one message per bad
/// parameter. Shared by the search page and the JSON API so both accept exactly the same URLs.
/// </summary>
public sealed record SearchParameters(SearchRequest Request, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>
    /// Longest q accepted at all; longer text is refused rather than cut (the parser cuts at 200 characters). 500
    /// characters fit a request line whatever they are: percent-encoded, a character takes at most 9 bytes (three
    /// UTF-8 bytes as %XX), so 4,500 bytes, within the 8 KB Kestrel and nginx allow a request line
    /// (<see cref="FrontDoor.KestrelLimits.MaxRequestLineBytes"/>) with room for the other parameters.
    /// </summary>
    public const int MaxQueryCharacters = 500;

    public bool IsValid => Errors.Count == 0;

    public static SearchParameters Parse(string? q, string? theme, string? review, string? page, string? pageSize, bool prefixLastWord, string? mode = null,
        SearchMode defaultMode = SearchMode.Hybrid, string? asTyped = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (q is { Length: > MaxQueryCharacters }) errors["q"] = [$"q is longer than {MaxQueryCharacters} characters."];
        if (!string.IsNullOrEmpty(theme) && !theme.IsValidSlug()) errors["theme"] = ["theme must be a theme's slug, such as skills-and-talent."];
        if (!string.IsNullOrEmpty(review) && !review.IsValidSlug()) errors["review"] = ["review must be a review's slug, such as innovation."];
        var pageNumber = Number(page, "page", 1, 1, SearchRequest.MaxPage, errors);
        var size = Number(pageSize, "pageSize", SearchRequest.DefaultPageSize, 1, SearchRequest.MaxPageSize, errors);
        var searchMode = defaultMode;
        if (!string.IsNullOrEmpty(mode) && !Modes.TryGetValue(mode, out searchMode)) errors["mode"] = ["mode must be hybrid, words or meaning."];
        var exact = Flag(asTyped);
        if (exact is null) errors["asTyped"] = ["asTyped must be true or false."];
        var request = new SearchRequest(q, NullIfEmpty(theme), NullIfEmpty(review), pageNumber, size, prefixLastWord, searchMode, exact ?? false);
        return new SearchParameters(request, errors);
    }

    private static readonly Dictionary<string, SearchMode> Modes = new(StringComparer.Ordinal)
    {
        ["hybrid"] = SearchMode.Hybrid,
        ["words"] = SearchMode.Words,
        ["meaning"] = SearchMode.Meaning,
    };

    /// <summary>How a result's match is written in JSON.</summary>
    public static string Name(SearchMatch match) => match.ToString().ToLowerInvariant();

    /// <summary>A true/false parameter: false when absent, null when it is not a boolean.</summary>
    internal static bool? Flag(string? value) => value switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" => true,
        _ => null,
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>A whole number from a query string, or <paramref name="fallback"/> when absent; a message in <paramref name="errors"/> when bad.</summary>
    internal static int Number(string? text, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"{name} must be a whole number from {min} to {max}."];
        return fallback;
    }
}
