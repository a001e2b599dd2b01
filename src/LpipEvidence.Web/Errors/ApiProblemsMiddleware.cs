using Microsoft.AspNetCore.Diagnostics;

namespace LpipEvidence.Web.Errors;

/// <summary>
/// Answers API errors that have no body yet (an unknown /api route, a wrong method, a bad request the framework
/// refused) with problem+json, and keeps the pages' status-code middleware, which runs just outside this one, from
/// re-executing them as the HTML "Page not found".
/// </summary>
public sealed class ApiProblemsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!ApiRoutes.Is(context.Request))
        {
            await next(context);
            return;
        }
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        await next(context);
        var response = context.Response;
        if (!response.HasStarted && response.StatusCode >= StatusCodes.Status400BadRequest && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await ApiRoutes.WriteProblemAsync(context, response.StatusCode);
        }
    }
}
