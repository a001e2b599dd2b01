using MudBlazor;

namespace LpipEvidence.Web.Components.Layout;

/// <summary>The site's one MudTheme, with colours chosen for WCAG AA contrast in light and dark palettes.</summary>
public sealed class SiteTheme
{
    public MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            Secondary = "#00665c",
            Tertiary = "#6a3d8f",
            // Alerts write their text in the darkened status colour on a 6% tint of it: MudBlazor's defaults
            // (#00c853, #2196f3, #ff9800, #f44336) give 2.9:1 to 3.9:1 there, failing WCAG AA. These give 7.7:1 or more.
            Success = "#00703c",
            Info = "#0b5fae",
            Warning = "#8a5a00",
            Error = "#b3261e",
            AppbarBackground = "#13355f",
            AppbarText = "#ffffff",
            Background = "#ffffff",
            Surface = "#ffffff",
            TextPrimary = "#1b1b1f",
            TextSecondary = "#4a4a52",
            LinesDefault = "#c4c6cf",
            Divider = "#c4c6cf",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9ec5ff",
            // Text on a primary background (filled buttons): MudBlazor's default white gives 1.8:1 on this light blue.
            PrimaryContrastText = "#121417",
            Secondary = "#7fd6c9",
            Tertiary = "#d6b8f0",
            // Light enough that the darkened shade alerts use for text still reads on the dark background (6.8:1 or more).
            Success = "#5fd394",
            Info = "#8cc2ff",
            Warning = "#ffc45c",
            Error = "#ff9e97",
            AppbarBackground = "#0f1a2a",
            AppbarText = "#f2f4f8",
            Background = "#121417",
            Surface = "#1b1e23",
            TextPrimary = "#eceef2",
            TextSecondary = "#c2c6cf",
            LinesDefault = "#5a5f69",
            Divider = "#5a5f69",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
