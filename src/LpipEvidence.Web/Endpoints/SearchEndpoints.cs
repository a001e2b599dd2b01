using LpipEvidence.Search;
using LpipEvidence.Web.Caching;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// <c>GET /api/search</c>: the search as JSON, for other tools and for search as you type. <c>prefix=true</c>
/// treats the last word as unfinished (it also matches words that start with it), for type-ahead clients.
/// </summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        // Results change only when content is re-imported; a minute's reuse by browsers and proxies spares the server
        // the repeats of search as you type (backspacing) and of shared links.
        app.MapGet("/api/search", SearchAsync).WithName("Search").WithMetadata(new ApiCacheControl("public, max-age=60"));
        return app;
    }

    private static async Task<IResult> SearchAsync(HttpRequest http, SearchService search, CancellationToken cancellationToken)
    {
        var query = http.Query;
        var prefix = ParsePrefix(query["prefix"]);
        var parameters = SearchParameters.Parse(query["q"], query["theme"], query["review"], query["page"], query["pageSize"], prefixLastWord: prefix ?? false);
        var errors = new Dictionary<string, string[]>(parameters.Errors);
        if (string.IsNullOrWhiteSpace(query["q"])) errors["q"] = ["q is required: the words to search for."];
        if (prefix is null) errors["prefix"] = ["prefix must be true or false."];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The search parameters are not valid.");

        var results = await search.SearchAsync(parameters.Request, cancellationToken);
        if (results.Unavailable)
        {
            // Too slow, or no index yet: the request was fine and asking again later may work.
            http.HttpContext.Response.Headers.RetryAfter = "5";
            return Results.Problem(results.Problem, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search could not be answered now.");
        }
        return Results.Ok(new SearchResponse(
            results.Query,
            results.Total,
            results.Page,
            results.PageSize,
            results.Hits.Select(h => new SearchResponseHit(h.Kind, h.Slug, h.Title, h.Url, h.SnippetHtml, h.Review?.Slug, h.Themes.Select(t => t.Slug).ToList())).ToList(),
            new SearchResponseFacets(
                results.Themes.ToDictionary(f => f.Slug, f => f.Count, StringComparer.Ordinal),
                results.Reviews.ToDictionary(f => f.Slug, f => f.Count, StringComparer.Ordinal)),
            results.Suggestion,
            results.ShowingSuggestion,
            results.Problem));
    }

    /// <summary>The prefix flag: false when absent, null when it is not a boolean.</summary>
    private static bool? ParsePrefix(string? value) => value switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" => true,
        _ => null,
    };
}

/// <summary>The JSON body of <c>/api/search</c>.</summary>
/// <param name="ShowingSuggestion">True when the query found nothing and the results are for <paramref name="Suggestion"/>.</param>
/// <param name="Message">Why nothing was searched for, when the query had no words.</param>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchResponseHit> Results,
    SearchResponseFacets Facets,
    string? Suggestion,
    bool ShowingSuggestion,
    string? Message);

/// <summary>One result; <paramref name="Snippet"/> is HTML with matches in &lt;mark&gt;, everything else encoded.</summary>
public sealed record SearchResponseHit(string Kind, string Slug, string Title, string Url, string Snippet, string? Review, IReadOnlyList<string> Themes);

/// <summary>Result counts by theme slug and by review slug.</summary>
public sealed record SearchResponseFacets(IReadOnlyDictionary<string, int> Themes, IReadOnlyDictionary<string, int> Reviews);
