namespace LpipEvidence.EndToEnd.Support;

/// <summary>The widths the site is tested at.</summary>
public static class Viewports
{
    /// <summary>A small phone (iPhone SE / 8 width).</summary>
    public const int Phone = 375;

    /// <summary>A laptop.</summary>
    public const int Desktop = 1280;

    public static int HeightFor(int width) => width < 800 ? 667 : 800;
}
