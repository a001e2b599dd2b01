using LpipEvidence.Addresses;
using LpipEvidence.Search;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.RateLimiting;
using LpipEvidence.Web.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// <c>GET /api/search</c>: the search as JSON, for other tools and for search as you type. <c>prefix=true</c>
/// treats the last word as unfinished (it also matches words that start with it), for type-ahead clients.
/// </summary>
public static class SearchEndpoints
{
    private static readonly ProducesResponseTypeMetadata TooMany = new(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), ["application/problem+json"]);

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        // Results change only when content is re-imported; a minute's reuse by browsers and proxies spares the server
        // the repeats of search as you type (backspacing) and of shared links.
        app.MapGet(SiteAddresses.ApiSearch, SearchAsync).WithName("Search").WithTags("Search")
            .WithSummary("Search the findings, reviews and themes")
            .WithDescription("Ranked results with highlighted snippets, counts by theme and by review, and a suggestion for misspelt words. " +
                "Plain words and questions, quoted phrases, -word, and AND, OR and NOT in capitals are understood. " +
                "A misspelt query that finds nothing is answered with its correction (showingSuggestion: true) unless asTyped=true. " +
                "Plain words and questions are also searched by meaning: results with the words come first, then findings that say something close " +
                "in other words (match: meaning, with the finding's closest sentence as the snippet). Phrases, operators and -word stay word searches.")
            .WithMetadata(new ApiCacheControl("public, max-age=60"), TooMany)
            .RequireRateLimiting(RateLimitPolicies.Search)
            .ReportQueryProblems()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>The query is bound and checked before this runs (<see cref="QueryProblems"/>, <c>AddValidation</c>): a bad value never gets here.</summary>
    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        [AsParameters] SearchQuery query, HttpContext http, SearchService search, CancellationToken cancellationToken)
    {
        var results = await search.SearchAsync(query.ToRequest(), cancellationToken);
        if (results.Unavailable)
        {
            // Too slow, or no index yet: the request was fine and asking again later may work.
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(results.Problem, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search could not be answered now.");
        }
        return TypedResults.Ok(new SearchResponse(
            results.Query,
            results.Total,
            results.Page,
            results.PageSize,
            results.Hits.Select(h => new SearchResponseHit(h.Kind, h.Slug, h.Title, SiteAddresses.Of(h.Kind, h.Slug), h.SnippetHtml, h.Review?.Slug, h.Themes.Select(t => t.Slug).ToList(),
                SearchModes.Name(h.Match))).ToList(),
            new SearchResponseFacets(
                results.Themes.ToDictionary(f => f.Slug, f => f.Count, StringComparer.Ordinal),
                results.Reviews.ToDictionary(f => f.Slug, f => f.Count, StringComparer.Ordinal)),
            results.Suggestion,
            results.ShowingSuggestion,
            results.Problem,
            results.OnlyMeaning,
            results.MeaningPending));
    }
}

/// <summary>The JSON body of <c>/api/search</c>.</summary>
/// <param name="ShowingSuggestion">True when the query found nothing and the results are for <paramref name="Suggestion"/> (never with asTyped=true).</param>
/// <param name="Message">Why nothing was searched for, when the query had no words.</param>
/// <param name="OnlyMeaning">True when no result has the words, and the results are the findings closest in meaning.</param>
/// <param name="MeaningPending">True when search by meaning is not ready yet (after an import): the results are by words only.</param>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchResponseHit> Results,
    SearchResponseFacets Facets,
    string? Suggestion,
    bool ShowingSuggestion,
    string? Message,
    bool OnlyMeaning,
    bool MeaningPending);

/// <summary>One result; <paramref name="Snippet"/> is HTML with matches in &lt;mark&gt;, everything else encoded.</summary>
/// <param name="Match">words (it has the words), meaning (close in meaning without them; the snippet is its closest sentence) or both.</param>
public sealed record SearchResponseHit(string Kind, string Slug, string Title, string Url, string Snippet, string? Review, IReadOnlyList<string> Themes, string Match);

/// <summary>Result counts by theme slug and by review slug.</summary>
public sealed record SearchResponseFacets(IReadOnlyDictionary<string, int> Themes, IReadOnlyDictionary<string, int> Reviews);
