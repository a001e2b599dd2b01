using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>The widths the site is tested at.</summary>
public static class Viewports
{
    /// <summary>A small phone (iPhone SE / 8 width).</summary>
    public const int Phone = 375;

    /// <summary>A laptop.</summary>
    public const int Desktop = 1280;

    public static int HeightFor(int width) => width < 800 ? 667 : 800;

    /// <summary>Both widths in both colour schemes, for the accessibility checks of pages in a state a test sets up.</summary>
    public static TheoryData<int, ColorScheme> BothWidthsBothSchemes { get; } = new()
    {
        { Phone, ColorScheme.Light },
        { Phone, ColorScheme.Dark },
        { Desktop, ColorScheme.Light },
        { Desktop, ColorScheme.Dark },
    };
}
