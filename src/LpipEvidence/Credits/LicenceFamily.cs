namespace LpipEvidence.Credits;

/// <summary>The kind of licence a review is published under.</summary>
public enum LicenceFamily
{
    /// <summary>A licence the site does not know: readers are told to check it.</summary>
    Other,

    /// <summary>A Creative Commons licence (CC BY and its NC, ND and SA variants).</summary>
    CreativeCommons,

    /// <summary>CC0 or another public-domain dedication.</summary>
    PublicDomain,

    /// <summary>The UK Open Government Licence.</summary>
    OpenGovernment,
}
