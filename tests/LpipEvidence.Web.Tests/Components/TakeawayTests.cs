using Bunit;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class TakeawayTests : BunitTestContext
{
    [Theory]
    [InlineData(2, "h2")]
    [InlineData(4, "h4")]
    public void Takeaway_IsHeadedAtTheGivenLevel_AndIsNotALandmark(int level, string tag)
    {
        var takeaway = Context.Render<Takeaway>(p => p
            .Add(t => t.Html, "<p>Do the thing.</p>")
            .Add(t => t.Slug, "a-finding")
            .Add(t => t.HeadingLevel, level));

        // Many takeaways on one page: a named <section> each would be many landmarks with the same name.
        var block = takeaway.Find(".takeaway");
        Assert.Equal("DIV", block.TagName);
        Assert.Null(block.GetAttribute("aria-labelledby"));
        Assert.Null(block.GetAttribute("role"));
        var heading = takeaway.Find($"{tag}#takeaway-a-finding");
        Assert.Equal("Key takeaway", heading.TextContent.Trim());
    }

    [Fact]
    public void Takeaway_RendersItsAlreadySafeHtml()
    {
        var takeaway = Context.Render<Takeaway>(p => p.Add(t => t.Html, "<p>Support <em>clusters</em>.</p>").Add(t => t.Slug, "x"));
        Assert.Equal("clusters", takeaway.Find(".takeaway__text em").TextContent);
    }

    [Fact]
    public void Takeaway_IconIsHiddenFromScreenReaders()
    {
        var takeaway = Context.Render<Takeaway>(p => p.Add(t => t.Html, "<p>x</p>").Add(t => t.Slug, "x"));
        Assert.NotEmpty(takeaway.FindAll("svg"));
        Assert.All(takeaway.FindAll("svg"), svg => Assert.Equal("true", svg.GetAttribute("aria-hidden")));
    }
}
