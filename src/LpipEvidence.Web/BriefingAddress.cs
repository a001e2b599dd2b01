using LpipEvidence.Briefings;

namespace LpipEvidence.Web;

/// <summary>
/// The one place that turns a briefing into its absolute address, for the briefing page (its link, "Copy link" and
/// the printed QR code) and the .docx and .md exports.
/// </summary>
public static class BriefingAddress
{
    /// <summary>
    /// The briefing's absolute address, such as <c>https://evidence.example.org/briefing?f=a,b</c>. Built from the
    /// request for now; when the site has a configured public address, this is the line to change.
    /// </summary>
    public static string Absolute(HttpContext context, Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(briefing);
        var request = context.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{briefing.RelativeUrl}";
    }
}
