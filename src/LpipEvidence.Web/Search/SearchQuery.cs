using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using LpipEvidence.Search;
using LpipEvidence.Web.FrontDoor;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.Search;

/// <summary>
/// A search address's query, typed, with its rules: <c>GET /api/search</c> binds it (<c>[AsParameters]</c>, checked by
/// <c>AddValidation</c>), the search page reads it with <see cref="QueryText.Bind{T}"/>, and the OpenAPI document
/// describes it from the same attributes, so the three cannot disagree on what is accepted.
/// </summary>
public sealed record SearchQuery(
    [property: FromQuery(Name = "q"), Required(ErrorMessage = "q is required: the words to search for."),
        MaxLength(SearchParameters.MaxQueryCharacters, ErrorMessage = "q is longer than {1} characters."),
        Description("Required. The words to search for: plain words or a question, \"phrases\", -word, AND, OR, NOT.")] string? Q,
    [property: FromQuery(Name = "theme"), Slug(ErrorMessage = "theme must be a theme's slug, such as skills-and-talent."),
        Description("Only results with this theme: a theme's slug, such as skills-and-talent.")] string? Theme,
    [property: FromQuery(Name = "review"), Slug(ErrorMessage = "review must be a review's slug, such as innovation."),
        Description("Only results from this review: a review's slug, such as innovation.")] string? Review,
    [property: FromQuery(Name = "page"), Range(1, SearchRequest.MaxPage, ErrorMessage = "page must be a whole number from {1} to {2}."), DefaultValue(1),
        Description("The page of results.")] int? Page,
    [property: FromQuery(Name = "pageSize"), Range(1, SearchRequest.MaxPageSize, ErrorMessage = "pageSize must be a whole number from {1} to {2}."), DefaultValue(SearchRequest.DefaultPageSize),
        Description("Results per page.")] int? PageSize,
    [property: FromQuery(Name = "prefix"), DefaultValue(false),
        Description("true to treat the last word as unfinished (type-ahead).")] bool? Prefix,
    [property: FromQuery(Name = "mode"), AllowedValues(SearchModes.Hybrid, SearchModes.Words, SearchModes.Meaning, null, "", ErrorMessage = "mode must be hybrid, words or meaning."),
        DefaultValue(SearchModes.Hybrid),
        Description("hybrid (the default): results with the words first, then findings close in meaning; words: only results with the words; " +
            "meaning: only the findings closest in meaning. With prefix=true the default is words: type-ahead stays a word search.")] string? Mode,
    [property: FromQuery(Name = "asTyped"), DefaultValue(false),
        Description("true to search the words exactly as typed: a misspelt query that finds nothing is not replaced by its correction " +
            "(the correction is still given as suggestion).")] bool? AsTyped)
{
    /// <summary>
    /// The search asked for. Type-ahead (prefix=true) stays a word search unless the client asks for a mode; the
    /// search page always treats the last word as unfinished (<paramref name="prefixLastWord"/>).
    /// </summary>
    public SearchRequest ToRequest(bool? prefixLastWord = null)
    {
        var prefix = prefixLastWord ?? Prefix ?? false;
        var mode = string.IsNullOrEmpty(Mode) ? (Prefix == true ? SearchMode.Words : SearchMode.Hybrid) : SearchModes.Parse(Mode);
        return new SearchRequest(Q, NullIfEmpty(Theme), NullIfEmpty(Review), Page ?? 1, PageSize ?? SearchRequest.DefaultPageSize, prefix, mode, AsTyped ?? false);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

/// <summary>How search modes and matches are written in addresses and JSON.</summary>
public static class SearchModes
{
    public const string Hybrid = "hybrid";
    public const string Words = "words";
    public const string Meaning = "meaning";

    /// <summary>A mode's name; <see cref="SearchQuery"/> accepts only these three.</summary>
    public static SearchMode Parse(string name) => name switch
    {
        Hybrid => SearchMode.Hybrid,
        Words => SearchMode.Words,
        Meaning => SearchMode.Meaning,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "mode must be hybrid, words or meaning."),
    };

    /// <summary>How a result's match is written in JSON.</summary>
    public static string Name(SearchMatch match) => match.ToString().ToLowerInvariant();
}
