using LpipEvidence.History;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace LpipEvidence.Web.Components.Shared;

/// <summary>
/// A word-level difference as text with <c>&lt;del&gt;</c> and <c>&lt;ins&gt;</c>: struck through and underlined (not
/// told by colour alone), each with words a screen reader says ("[removed: …]", "[added: …]"). Built in code, not
/// markup, so that no white space of the template can slip into a block that keeps the text's own line breaks.
/// </summary>
public sealed class WordDiffView : ComponentBase
{
    [Parameter, EditorRequired] public IReadOnlyList<DiffSegment> Segments { get; set; } = [];

    /// <summary>The id of the heading that names the comparison.</summary>
    [Parameter] public string? LabelledBy { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "word-diff");
        if (LabelledBy is not null)
        {
            builder.AddAttribute(2, "role", "region");
            builder.AddAttribute(3, "aria-labelledby", LabelledBy);
        }
        foreach (var segment in Segments)
        {
            if (segment.Kind == DiffKind.Unchanged)
            {
                builder.AddContent(4, segment.Text);
                continue;
            }
            var removed = segment.Kind == DiffKind.Removed;
            builder.OpenElement(5, removed ? "del" : "ins");
            builder.AddAttribute(6, "class", removed ? "word-diff__removed" : "word-diff__added");
            Hidden(builder, removed ? "[removed: " : "[added: ");
            builder.AddContent(7, segment.Text);
            Hidden(builder, "]");
            builder.CloseElement();
        }
        builder.CloseElement();
    }

    private static void Hidden(RenderTreeBuilder builder, string text)
    {
        builder.OpenElement(10, "span");
        builder.AddAttribute(11, "class", "visually-hidden");
        builder.AddContent(12, text);
        builder.CloseElement();
    }
}
