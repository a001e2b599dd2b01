namespace LpipEvidence.Credits;

/// <summary>
/// What a review's licence allows, read from its code and name: the Creative Commons elements (NC, ND, SA), CC0, and
/// the UK Open Government Licence. Anything else is <see cref="LicenceFamily.Other"/>, and the site then only says
/// to check the licence.
/// </summary>
/// <param name="Family">Which kind of licence it is.</param>
/// <param name="NonCommercial">Commercial use is not allowed (CC NC).</param>
/// <param name="NoDerivatives">Adapted versions may not be shared (CC ND).</param>
/// <param name="ShareAlike">Adapted versions must carry the same licence (CC SA).</param>
public sealed record LicenceTerms(LicenceFamily Family, bool NonCommercial, bool NoDerivatives, bool ShareAlike)
{
    /// <summary>Reads the terms from a licence's code (such as <c>CC BY-NC 4.0</c>) and name.</summary>
    public static LicenceTerms Parse(string? code, string? name)
    {
        code ??= "";
        name ??= "";
        var tokens = code.Split(['-', ' ', '_', '/'], StringSplitOptions.RemoveEmptyEntries);
        bool Has(string token) => tokens.Contains(token, StringComparer.OrdinalIgnoreCase);
        bool Named(string words) => name.Contains(words, StringComparison.OrdinalIgnoreCase);

        if (Has("CC0") || Named("Public Domain")) return new LicenceTerms(LicenceFamily.PublicDomain, false, false, false);
        if (Has("CC") || Named("Creative Commons"))
        {
            return new LicenceTerms(
                LicenceFamily.CreativeCommons,
                NonCommercial: Has("NC") || Named("NonCommercial") || Named("Non-Commercial"),
                NoDerivatives: Has("ND") || Named("NoDerivatives") || Named("NoDerivs"),
                ShareAlike: Has("SA") || Named("ShareAlike"));
        }
        if (Has("OGL") || Named("Open Government Licence")) return new LicenceTerms(LicenceFamily.OpenGovernment, false, false, false);
        return new LicenceTerms(LicenceFamily.Other, false, false, false);
    }
}
