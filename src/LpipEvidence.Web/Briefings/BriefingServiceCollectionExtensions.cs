using LpipEvidence.Briefings;

namespace LpipEvidence.Web.Briefings;

/// <summary>Registers briefing composition.</summary>
public static class BriefingServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddBriefings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BriefingComposer>();
        return builder;
    }
}
