using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace LpipEvidence.Web.Components.Layout;

/// <summary>
/// The dark palette of the site's MudTheme as a stylesheet that applies only when the system prefers dark mode.
/// MudThemeProvider follows the system preference through JavaScript on an interactive circuit; static pages
/// have none, so this lets CSS choose instead, with no flash and no script. MudBlazor generates the variables.
/// </summary>
public sealed class SystemDarkModeStyles : MudThemeProvider
{
    private const string ProviderStyleTag = "<style class='mud-theme-provider'>";

    protected override void BuildRenderTree(RenderTreeBuilder __builder)
    {
        var css = BuildTheme();
        __builder.AddMarkupContent(0, css.Replace(ProviderStyleTag,
            "<style class='mud-theme-provider-dark' media='(prefers-color-scheme: dark)'>", StringComparison.Ordinal));
    }
}
