namespace LpipEvidence.Briefings;

/// <summary>How a briefing leaves the site, for the second date of its pair ("Printed on", "Downloaded on").</summary>
public enum BriefingOutput
{
    /// <summary>Printed from the briefing page.</summary>
    Printed,

    /// <summary>Downloaded as Word (.docx) or Markdown (.md).</summary>
    Downloaded,
}
