using Bunit;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class FollowLinkTests : BunitTestContext
{
    [Theory]
    [InlineData("/themes/skills-and-talent/feed.atom", "/themes/skills-and-talent/follow")]
    [InlineData("/whats-new/feed.atom", "/whats-new/follow")]
    public void FollowLink_LeadsToThePageThatExplainsTheFeed_NotToTheRawFeed(string feed, string expected)
    {
        var follow = Context.Render<FollowLink>(p => p.Add(f => f.Href, feed).Add(f => f.Text, "Follow changes to this theme"));

        var link = follow.Find("p.follow-link a");
        Assert.Equal(expected, Href.Parse(link.GetAttribute("href")).Path);
        Assert.Equal("Follow changes to this theme (feed)", link.TextContent);
        Assert.Contains("no-print", follow.Find("p").ClassList);
    }
}
