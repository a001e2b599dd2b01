using LpipEvidence.Search;
using LpipEvidence.Web.FrontDoor;

namespace LpipEvidence.Web.Search;

/// <summary>
/// The search page's address, read: either a valid request or one message per bad parameter. It is read as
/// <see cref="SearchQuery"/>, the record <c>/api/search</c> binds, so the page and the API accept exactly the same
/// addresses.
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

    /// <summary>
    /// The page's parameters (<paramref name="valueOf"/> gives each by its query name). A missing q is not an error
    /// here: the page then offers an empty search box. The page searches as the box does, the last word unfinished.
    /// </summary>
    public static SearchParameters ForPage(Func<string, string?> valueOf)
    {
        var (query, errors) = QueryText.Bind<SearchQuery>(valueOf, required: false);
        return new SearchParameters(query?.ToRequest(prefixLastWord: true) ?? new SearchRequest(null), errors);
    }
}
