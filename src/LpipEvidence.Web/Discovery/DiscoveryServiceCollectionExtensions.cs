namespace LpipEvidence.Web.Discovery;

/// <summary>Registers what search engines and sharing read: the public pages' list (sitemap) and its options.</summary>
public static class DiscoveryServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddDiscovery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PublicPages>();
        builder.Services.AddOptions<DiscoveryOptions>()
            .BindConfiguration(DiscoveryOptions.Section)
            .Validate(o => o.SitemapMaxUrls is >= 1 and <= SitemapWriter.MaxUrls,
                $"Discovery:SitemapMaxUrls must be from 1 to {SitemapWriter.MaxUrls} (the sitemap protocol's limit).")
            .ValidateOnStart();
        return builder;
    }
}
