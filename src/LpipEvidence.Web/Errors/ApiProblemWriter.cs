using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Errors;

/// <summary>
/// Writes an API problem as <c>application/problem+json</c> when the framework's own writer declines because the
/// client did not ask for JSON (a browser's <c>Accept: text/html</c>). Registered after the framework's writer, so it
/// only takes what that one leaves; without it, a problem written through <see cref="IProblemDetailsService"/> (such as
/// <c>AddValidation</c>'s 400) would fall back to plain <c>application/json</c>.
/// </summary>
public sealed class ApiProblemWriter(IOptions<ProblemDetailsOptions> problems, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => ApiRoutes.Is(context.HttpContext.Request);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var response = context.HttpContext.Response;
        problem.Status ??= response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
