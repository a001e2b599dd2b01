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
/// when the answer started as when the request arrived, so a body is never labelled with a newer tag than its own.
/// Successful answers and 304s also carry the endpoint's <see cref="ApiCacheControl"/>.
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
        var cacheControl = http.GetEndpoint()?.Metadata.GetMetadata<ApiCacheControl>()?.Value;
        if (Matches(http.Request, tag))
        {
            http.Response.Headers.ETag = tag.ToString();
            if (cacheControl is not null && !ApiRoutes.Is(http.Request)) http.Response.Headers.CacheControl = cacheControl;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        http.Response.OnStarting(async () =>
        {
            if (http.Response.StatusCode != StatusCodes.Status200OK) return;
            if ((await catalog.GetStoreVersionAsync(CancellationToken.None))?.Hash != version.Hash) return;
            http.Response.Headers.ETag = tag.ToString();
            // Under /api the API's own cache headers do this (errors included).
            if (cacheControl is not null && !ApiRoutes.Is(http.Request)) http.Response.Headers.CacheControl = cacheControl;
        });
        return await next(context);
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
