using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class ThemeChipsTests : BunitTestContext
{
    [Fact]
    public void ThemeChips_LinkEachThemeInOrder_UnderALabelThatNamesTheList()
    {
        var chips = Context.Render<ThemeChips>(p => p
            .Add(c => c.Themes, [new ThemeLink("skills-and-talent", "Skills and talent"), new ThemeLink("innovation-ecosystems", "Innovation ecosystems")])
            .Add(c => c.Slug, "a-finding")
            .Add(c => c.Label, "Also in:"));

        var label = chips.Find(".theme-chips__label");
        Assert.Equal(("Also in:", "themes-a-finding"), (label.TextContent, label.Id));
        Assert.Equal("themes-a-finding", chips.Find("ul").GetAttribute("aria-labelledby"));
        Assert.Equal(
            [("/themes/skills-and-talent", "Skills and talent"), ("/themes/innovation-ecosystems", "Innovation ecosystems")],
            chips.FindAll("li a.theme-chip").Select(a => (Href.Parse(a.GetAttribute("href")).Path, a.TextContent)));
    }

    [Fact]
    public void ThemeChips_WithoutThemes_ShowNothing()
    {
        var chips = Context.Render<ThemeChips>(p => p.Add(c => c.Themes, []).Add(c => c.Slug, "a-finding"));

        Assert.Equal("", chips.Markup.Trim());
    }
}
