using System.Globalization;
using LpipEvidence.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Caching;

/// <summary>
/// Output caching of content pages: keyed by the URL (method, scheme, host, exact path and the values of the query
/// parameters the page reads, <see cref="QueryKeysReadPolicy"/>) and
/// the content generation, tagged for eviction on re-import, never for a response that sets a cookie or is not 200.
/// </summary>
public static class ContentCacheServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddContentCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentCacheOptions>()
            .BindConfiguration(ContentCacheOptions.Section)
            .Validate(o => o.Duration > TimeSpan.Zero, "ContentCache:Duration must be longer than zero.")
            .Validate(o => o.SizeLimitMegabytes > 0, "ContentCache:SizeLimitMegabytes must be 1 or more.")
            .ValidateOnStart();

        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<ContentCacheOptions>>((cache, content) =>
        {
            // /findings/Foo is not /findings/foo: slugs are lower case, and other spellings are redirected to them before
            // the cache (CanonicalAddressMiddleware), so they must never share a cached page.
            cache.UseCaseSensitivePaths = true;
            cache.SizeLimit = content.Value.SizeLimitMegabytes * 1024L * 1024L;
            cache.AddPolicy(ContentPageCache.PolicyName, policy =>
            {
                if (!content.Value.Enabled)
                {
                    policy.NoCache();
                    return;
                }
                policy.Expire(content.Value.Duration)
                    .AddPolicy<QueryKeysReadPolicy>()
                    .Tag(ContentPageCache.Tag)
                    .VaryByValue(context => new KeyValuePair<string, string>("generation",
                        context.RequestServices.GetRequiredService<ContentStatus>().Generation.ToString(CultureInfo.InvariantCulture)));
            });
        });
        builder.Services.AddHostedService<ContentCacheEviction>();

        // Wrap the framework's antiforgery so cached pages carry no per-person token (see CachedPageAntiforgery).
        builder.Services.AddAntiforgery();
        var framework = builder.Services.Last(d => d.ServiceType == typeof(IAntiforgery));
        builder.Services.Replace(ServiceDescriptor.Singleton<IAntiforgery>(services =>
            new CachedPageAntiforgery((IAntiforgery)ActivatorUtilities.CreateInstance(services, framework.ImplementationType!), services.GetRequiredService<IOptions<AntiforgeryOptions>>())));
        return builder;
    }
}
