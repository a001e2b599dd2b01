using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// The query of <c>GET /api/search</c>, as text: <see cref="SearchParameters"/> checks it, so a bad value gets a
/// message naming the parameter, and the search page accepts exactly the same addresses.
/// </summary>
public sealed record SearchQuery(
    [property: FromQuery(Name = "q"), Description("Required. The words to search for: plain words or a question, \"phrases\", -word, AND, OR, NOT.")] string? Q,
    [property: FromQuery(Name = "theme"), Description("Only results with this theme: a theme's slug, such as skills-and-talent.")] string? Theme,
    [property: FromQuery(Name = "review"), Description("Only results from this review: a review's slug, such as innovation.")] string? Review,
    [property: FromQuery(Name = "page"), Description("The page of results, a whole number from 1 to 1000 (default 1).")] string? Page,
    [property: FromQuery(Name = "pageSize"), Description("Results per page, a whole number from 1 to 50 (default 10).")] string? PageSize,
    [property: FromQuery(Name = "prefix"), Description("true to treat the last word as unfinished (type-ahead); default false.")] string? Prefix,
    [property: FromQuery(Name = "mode"), Description("hybrid (the default): results with the words first, then findings close in meaning; words: only results with the words; " +
        "meaning: only the findings closest in meaning. With prefix=true the default is words: type-ahead stays a word search.")] string? Mode = null,
    [property: FromQuery(Name = "asTyped"), Description("true to search the words exactly as typed: a misspelt query that finds nothing is not replaced by its correction " +
        "(the correction is still given as suggestion); default false.")] string? AsTyped = null);
