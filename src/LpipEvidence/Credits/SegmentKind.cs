namespace LpipEvidence.Credits;

/// <summary>How a <see cref="TextSegment"/> is shown.</summary>
public enum SegmentKind
{
    /// <summary>Plain text.</summary>
    Plain,

    /// <summary>Italic text: a title.</summary>
    Italic,

    /// <summary>A link to an absolute web address.</summary>
    Link,

    /// <summary>A licence's code (or address) linking to the licence: on paper its address is written out after it.</summary>
    LicenceLink,
}
