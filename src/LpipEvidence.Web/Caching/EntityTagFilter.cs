using System.Security.Cryptography;
using System.Text;
using LpipEvidence.Catalog;
using LpipEvidence.Web.Errors;
using LpipEvidence.Web.FrontDoor;
using Microsoft.Net.Http.Headers;

namespace LpipEvidence.Web.Caching;

/// <summary>
/// Strong ETags for answers that depend only on the stored content and the address asked for (the read API and the
/// bulk downloads), with <c>If-None-Match</c> answered <c>304 Not Modified</c> before any content is read.
/// </summary>
/// <remarks>
/// The tag hashes the content's hash (the last import's, read from the store, so an import by another process counts
/// too), the representation (path and query, the public root that absolute links are built from) and the build of
/// the app (a new build may word the same content differently). The tag is only sent when the content was the same
/// once the answer was made as when the request arrived, so a body is never labelled with a newer tag than its own.
/// Every endpoint whose answer depends only on the content uses this filter (the API, downloads, feeds, citations,
/// sitemap); Cache-Control is written by <see cref="CacheHeadersMiddleware"/>.
/// </remarks>
public sealed class EntityTagFilter(EvidenceCatalog catalog, PublicAddress address) : IEndpointFilter
{
    private static readonly string Build = typeof(EntityTagFilter).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var version = await catalog.GetStoreVersionAsync(http.RequestAborted);
        if (version is null) return await next(context);
        var tag = Tag(version.Hash, http.Request);
        if (Matches(http.Request, tag))
        {
            http.Response.Headers.ETag = tag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var result = await next(context);
        // Set before the result runs, so the output cache (feeds) keeps the tag with the answer and can answer 304 itself.
        if (IsSuccess(result) && (await catalog.GetStoreVersionAsync(http.RequestAborted))?.Hash == version.Hash)
        {
            http.Response.Headers.ETag = tag.ToString();
        }
        return result;
    }

    /// <summary>Whether a handler's result will answer 200: only those are tagged, never a 404 or a validation problem.</summary>
    private static bool IsSuccess(object? result)
    {
        while (result is INestedHttpResult nested) result = nested.Result;
        return result is IResult && (result is not IStatusCodeHttpResult { StatusCode: { } status } || status == StatusCodes.Status200OK);
    }

    /// <summary>The strong tag of what a request would get from the content with <paramref name="contentHash"/>.</summary>
    public EntityTagHeaderValue Tag(string contentHash, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var representation = string.Join('\n', contentHash, Build, address.Root(request)?.ToString() ?? "",
            request.Path.ToUriComponent(), request.QueryString.ToUriComponent());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(representation));
        return new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"");
    }

    /// <summary>Whether If-None-Match names the tag (weak comparison, as RFC 9110 asks for If-None-Match) or is <c>*</c>.</summary>
    private static bool Matches(HttpRequest request, EntityTagHeaderValue tag) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));
}
