using MudBlazor;

namespace LpipEvidence.Web;

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
            Secondary = "#7fd6c9",
            Tertiary = "#d6b8f0",
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
