using LpipEvidence.Addresses;
using LpipEvidence.OpenData;
using LpipEvidence.Web.FrontDoor;
using Microsoft.OpenApi;

namespace LpipEvidence.Web.OpenData;

/// <summary>Registers the open data (read API, downloads) and the OpenAPI document that describes them.</summary>
public static class OpenDataServiceCollectionExtensions
{
    /// <summary>The OpenAPI document's name: it is served at <c>/openapi/v1.json</c>.</summary>
    public const string DocumentName = "v1";

    public static IHostApplicationBuilder AddOpenData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OpenDataCatalog>();
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            // The API and the downloads; the pages, the briefing exports and the health checks are not part of it.
            options.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("data/", StringComparison.Ordinal));
            options.AddOperationTransformer(QueryParameterRules.ApplyAsync);
            options.AddDocumentTransformer((document, context, _) =>
            {
                var request = context.ApplicationServices.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
                var address = context.ApplicationServices.GetRequiredService<PublicAddress>();
                document.Info = new OpenApiInfo
                {
                    Title = "LPIP Evidence API",
                    Version = "1",
                    Description =
                        "Read-only access to the evidence reviews, key findings and themes published on LPIP Evidence, and a " +
                        "full-text search. No key is needed. Answers carry strong ETags (send If-None-Match to get 304) and may " +
                        "be cached for a minute; errors are application/problem+json; each client may make a few hundred " +
                        "requests a minute (429 with Retry-After beyond that). The words of each finding belong to its " +
                        "review's authors and are reproduced under the review's licence, which every record states with its " +
                        "citation: credit the source when you reuse them.",
                    License = new OpenApiLicense
                    {
                        Name = "Content: each review's own licence, stated in every record (licence, attribution)",
                        Url = Uri.TryCreate(address.Absolute(request, SiteAddresses.DataPage), UriKind.Absolute, out var about) ? about : null,
                    },
                };
                return Task.CompletedTask;
            });
        });
        return builder;
    }
}
