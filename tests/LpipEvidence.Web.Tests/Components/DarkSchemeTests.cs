using System.Text.RegularExpressions;
using Bunit;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Components.Layout;
using MudBlazor;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>
/// The dark colour scheme changes colours and nothing else: the browser tests lean on that to run only axe's colour
/// rules in dark mode (every other rule would see the page it already passed in light mode). A dark style that
/// hid, moved or resized anything would fail here, and then needs the full axe run in dark mode back.
/// </summary>
public sealed partial class DarkSchemeTests : BunitTestContext
{
    [Fact]
    public void DarkThemeStyles_DifferFromTheLightOnesOnlyInPaletteColours()
    {
        var theme = new SiteTheme().Theme;
        var light = Variables(Context.Render<MudThemeProvider>(p => p.Add(t => t.Theme, theme).Add(t => t.IsDarkMode, false)).Markup);
        var darkMarkup = Context.Render<SystemDarkModeStyles>(p => p.Add(t => t.Theme, theme).Add(t => t.IsDarkMode, true)).Markup;
        var dark = Variables(darkMarkup);

        Assert.Contains("media='(prefers-color-scheme: dark)'", darkMarkup, StringComparison.Ordinal);
        var changed = dark.Where(variable => !light.TryGetValue(variable.Key, out var value) || value != variable.Value).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, variable => Assert.True(
            (variable.Key.StartsWith("--mud-palette-", StringComparison.Ordinal) && IsColour(variable.Value))
            // The html element's color-scheme: the colours of native controls and scroll bars.
            || (variable.Key == "--mud-native-html-color-scheme" && variable.Value == "dark"),
            $"The dark theme sets {variable.Key}: {variable.Value}, which is not a palette colour."));
    }

    [Fact]
    public void DarkMediaQueries_InTheSitesStylesheets_SetOnlyColours()
    {
        var web = Path.Combine(RepositoryPaths.Root, "src", "LpipEvidence.Web");
        var sheets = Directory.EnumerateFiles(Path.Combine(web, "wwwroot"), "*.css", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(web, "Components"), "*.razor.css", SearchOption.AllDirectories));

        var declarations = sheets
            .SelectMany(path => DarkBlocks(File.ReadAllText(path)).Select(block => (Path: Path.GetRelativePath(web, path), Block: block)))
            .SelectMany(found => Declaration().Matches(found.Block).Select(d => (found.Path, Property: d.Groups["property"].Value, Value: d.Groups["value"].Value.Trim())))
            .ToList();

        Assert.NotEmpty(declarations);
        Assert.All(declarations, d => Assert.True(
            (ColourProperties.Contains(d.Property) || d.Property.StartsWith("--", StringComparison.Ordinal)) && IsColour(d.Value),
            $"{d.Path}: the dark scheme sets {d.Property}: {d.Value}, which is not a colour."));
    }

    [Theory]
    [InlineData("#1d4f91", true)]
    [InlineData("rgba(127, 214, 201, 0.10)", true)]
    [InlineData("rgb(255 255 255 / 70%)", true)]
    [InlineData("var(--mud-palette-primary)", true)]
    [InlineData("transparent", true)]
    [InlineData("158,197,255", true)]
    [InlineData("none", false)]
    [InlineData("1.5rem", false)]
    [InlineData("hidden", false)]
    [InlineData("rgba(0,0,0,0.1) url(x.png)", false)]
    public void IsColour_TellsColoursFromOtherValues(string value, bool colour) => Assert.Equal(colour, IsColour(value));

    private static readonly HashSet<string> ColourProperties = new(StringComparer.Ordinal)
    {
        "color", "background", "background-color", "border-color", "border-top-color", "border-right-color",
        "border-bottom-color", "border-left-color", "outline-color", "text-decoration-color", "caret-color",
        "accent-color", "fill", "stroke",
    };

    private static Dictionary<string, string> Variables(string markup) => Declaration().Matches(markup)
        .Where(d => d.Groups["property"].Value.StartsWith("--", StringComparison.Ordinal))
        .GroupBy(d => d.Groups["property"].Value, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last().Groups["value"].Value.Trim(), StringComparer.Ordinal);

    /// <summary>A colour: hex, a colour function, a variable, a few keywords, or an RGB triplet as MudBlazor writes its <c>-rgb</c> palette variables.</summary>
    private static bool IsColour(string value) => Colour().IsMatch(value);

    /// <summary>The insides of every <c>@media (prefers-color-scheme: dark)</c> block, by matching braces.</summary>
    private static IEnumerable<string> DarkBlocks(string css)
    {
        css = Comment().Replace(css, "");
        foreach (Match media in DarkMedia().Matches(css))
        {
            var start = media.Index + media.Length;
            var depth = 1;
            var i = start;
            for (; i < css.Length && depth > 0; i++)
            {
                if (css[i] == '{') depth++;
                else if (css[i] == '}') depth--;
            }
            yield return css[start..(i - 1)];
        }
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{")]
    private static partial Regex DarkMedia();

    [GeneratedRegex(@"(?<property>--[\w-]+|[a-z-]+)\s*:\s*(?<value>[^;{}]+?)\s*(?:!important\s*)?(?=[;}])")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\([^()]*\)|var\(--[\w-]+\)|transparent|currentcolor|white|black|\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex Colour();
}
