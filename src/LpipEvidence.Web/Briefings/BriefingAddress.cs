using LpipEvidence.Briefings;
using LpipEvidence.Web.FrontDoor;

namespace LpipEvidence.Web.Briefings;

/// <summary>
/// The one place that turns a briefing into its absolute address, for the briefing page (its link, "Copy link" and
/// the printed QR code) and the .docx and .md exports.
/// </summary>
public static class BriefingAddress
{
    /// <summary>
    /// The briefing's absolute address, such as <c>https://evidence.example.org/briefing?f=a,b</c>: from the configured
    /// public address, or the request when its host is allowed (<see cref="PublicAddress"/>), never from an
    /// arbitrary Host header.
    /// </summary>
    public static string Absolute(HttpContext context, Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(briefing);
        return context.RequestServices.GetRequiredService<PublicAddress>().Absolute(context.Request, briefing.RelativeUrl);
    }
}
