using Bunit;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>Without JavaScript, the ticked boxes and the picker make a plain GET form that opens a briefing.</summary>
public sealed class BriefingToggleTests : BunitTestContext
{
    [Fact]
    public void Toggle_IsACheckboxOfThePickersForm_LabelledWithTheFinding()
    {
        var toggle = Context.Render<BriefingToggle>(p => p.Add(t => t.Slug, "digital-connectivity-for-clusters").Add(t => t.Title, "Digital Connectivity"));

        var box = toggle.Find("input[type=checkbox]");
        Assert.Equal(("f", "digital-connectivity-for-clusters", "briefing-picker"), (box.GetAttribute("name"), box.GetAttribute("value"), box.GetAttribute("form")));
        var label = toggle.Find("label");
        Assert.Equal(box.Id, label.GetAttribute("for"));
        Assert.Equal("Add to briefing: Digital Connectivity", label.TextContent);
    }

    [Fact]
    public void TwoTogglesForOneFinding_HaveDifferentIds()
    {
        var first = Context.Render<BriefingToggle>(p => p.Add(t => t.Slug, "a-finding").Add(t => t.Title, "A"));
        var second = Context.Render<BriefingToggle>(p => p.Add(t => t.Slug, "a-finding").Add(t => t.Title, "A").Add(t => t.Context, "related-"));

        Assert.NotEqual(first.Find("input").Id, second.Find("input").Id);
    }

    [Fact]
    public void Picker_IsTheGetFormTheTogglesBelongTo_OpeningTheBriefingPage()
    {
        var picker = Context.Render<BriefingPicker>();

        var form = picker.Find("form");
        Assert.Equal(("briefing-picker", "get", "/briefing"), (form.Id, form.GetAttribute("method"), Href.Parse(form.GetAttribute("action")).Path));
        Assert.Equal("Make a briefing of the ticked findings", picker.Find("button[type=submit]").TextContent);
    }
}
