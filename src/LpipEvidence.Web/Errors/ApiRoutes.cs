using Microsoft.AspNetCore.WebUtilities;

namespace LpipEvidence.Web.Errors;

/// <summary>
/// The JSON API lives under <c>/api</c>: everything there answers errors as <c>application/problem+json</c>, never as
/// an HTML page, whatever the client's Accept header says.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "/api";

    /// <summary>Whether the request is for the API.</summary>
    public static bool Is(HttpRequest request) => Is(request.Path);

    /// <summary>Whether a path is under the API.</summary>
    public static bool Is(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes a problem-details body with <paramref name="status"/>; errors are never stored by caches.</summary>
    public static Task WriteProblemAsync(HttpContext context, int status, string? detail = null)
    {
        context.Response.Headers.CacheControl = "no-store";
        return Results.Problem(statusCode: status, title: ReasonPhrases.GetReasonPhrase(status), detail: detail).ExecuteAsync(context);
    }
}
