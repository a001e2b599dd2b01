using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace LpipEvidence.Web.Components.Shared;

/// <summary>A heading whose level is chosen by the caller, so shared components fit any page's outline.</summary>
public sealed class Heading : ComponentBase
{
    /// <summary>1 to 6.</summary>
    [Parameter] public int Level { get; set; } = 2;

    [Parameter] public string? Id { get; set; }

    [Parameter] public string? Class { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h" + Math.Clamp(Level, 1, 6));
        builder.AddAttribute(1, "id", Id);
        builder.AddAttribute(2, "class", Class);
        builder.AddContent(3, ChildContent);
        builder.CloseElement();
    }
}
