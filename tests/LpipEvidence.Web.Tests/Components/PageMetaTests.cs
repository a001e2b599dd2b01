using Bunit;
using LpipEvidence.Web.Components.Shared;
using LpipEvidence.Web.FrontDoor;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>What PageMeta puts in the head, read from a HeadOutlet rendered beside it as the App's head has one.</summary>
public sealed class PageMetaTests : BunitTestContext
{
    private const string Root = "https://evidence.example.org";

    /// <summary>The head as the App renders it, for a page served at <paramref name="path"/> (no request: an island).</summary>
    private IRenderedComponent<HeadOutlet> Head(Action<ComponentParameterCollectionBuilder<PageMeta>> meta, string? path = "/themes/innovation")
    {
        Context.Services.Configure<SiteOptions>(o => o.PublicUrl = Root);
        var head = Context.Render<HeadOutlet>();
        Context.Render<PageMeta>(p =>
        {
            meta(p);
            if (path is null) return;
            var http = new DefaultHttpContext();
            http.Request.Path = path;
            http.Request.QueryString = new QueryString("?utm_source=mail");
            p.AddCascadingValue<HttpContext>(http);
        });
        return head;
    }

    private static string? Meta(IRenderedComponent<HeadOutlet> head, string selector) => head.Find(selector).GetAttribute("content");

    [Fact]
    public void Title_NamesThePageThenTheSite()
    {
        var head = Head(p => p.Add(m => m.Title, "Innovation").Add(m => m.Description, "Findings on innovation."));

        Assert.Equal("Innovation – LPIP Evidence", head.Find("title").TextContent);
        Assert.Equal("Innovation", Meta(head, "meta[property='og:title']"));
        Assert.Equal("LPIP Evidence", Meta(head, "meta[property='og:site_name']"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("LPIP Evidence")]
    public void Title_OfTheSiteItself_IsTheSiteNameOnce(string title)
    {
        var head = Head(p => p.Add(m => m.Title, title).Add(m => m.Description, "Home."));

        Assert.Equal("LPIP Evidence", head.Find("title").TextContent);
    }

    [Fact]
    public void Description_IsTheMetaAndOpenGraphDescription()
    {
        var head = Head(p => p.Add(m => m.Title, "Innovation").Add(m => m.Description, "Findings on innovation & growth."));

        Assert.Equal("Findings on innovation & growth.", Meta(head, "meta[name=description]"));
        Assert.Equal("Findings on innovation & growth.", Meta(head, "meta[property='og:description']"));
        Assert.Equal("website", Meta(head, "meta[property='og:type']"));
    }

    [Fact]
    public void Canonical_ByDefault_IsThePagesOwnPathWithoutItsQuery_OnThePublicAddress()
    {
        var head = Head(p => p.Add(m => m.Title, "Innovation").Add(m => m.Description, "D."), path: "/Themes/Innovation/");

        Assert.Equal(Root + "/themes/innovation", head.Find("link[rel=canonical]").GetAttribute("href"));
        Assert.Equal(Root + "/themes/innovation", Meta(head, "meta[property='og:url']"));
    }

    [Fact]
    public void Canonical_GivenByThePage_KeepsItsQuery()
    {
        var head = Head(p => p.Add(m => m.Title, "Search").Add(m => m.Description, "D.").Add(m => m.Canonical, "/search?q=bus"), path: "/search");

        Assert.Equal(Root + "/search?q=bus", head.Find("link[rel=canonical]").GetAttribute("href"));
    }

    [Fact]
    public void NoCanonical_NamesNoAddress()
    {
        var head = Head(p => p.Add(m => m.Title, "Not found").Add(m => m.Description, "D.").Add(m => m.NoCanonical, true));

        Assert.Empty(head.FindAll("link[rel=canonical]"));
        Assert.Empty(head.FindAll("meta[property='og:url']"));
        Assert.Single(head.FindAll("meta[name=description]"));   // the rest of the head is still there
    }

    [Fact]
    public void Canonical_WithoutARequest_IsLeftOut()
    {
        var head = Head(p => p.Add(m => m.Title, "Search").Add(m => m.Description, "D."), path: null);

        Assert.Empty(head.FindAll("link[rel=canonical]"));
    }

    [Fact]
    public void Robots_WhenGiven_IsTheDirective()
    {
        var head = Head(p => p.Add(m => m.Title, "Search").Add(m => m.Description, "D.").Add(m => m.Robots, "noindex, follow"));

        Assert.Equal("noindex, follow", Meta(head, "meta[name=robots]"));
    }

    [Fact]
    public void Robots_WhenNotGiven_IsLeftOut()
    {
        var head = Head(p => p.Add(m => m.Title, "Themes").Add(m => m.Description, "D."));

        Assert.Empty(head.FindAll("meta[name=robots]"));
        Assert.Single(head.FindAll("meta[name=description]"));
    }

    [Fact]
    public void Feed_IsLinkedForFeedReaders_WithItsTitle()
    {
        var head = Head(p => p.Add(m => m.Title, "Innovation").Add(m => m.Description, "D.")
            .Add(m => m.FeedUrl, "/themes/innovation/feed.atom").Add(m => m.FeedTitle, "Innovation – LPIP Evidence"));

        var feed = head.Find("link[rel=alternate]");
        Assert.Equal(("application/atom+xml", "/themes/innovation/feed.atom", "Innovation – LPIP Evidence"),
            (feed.GetAttribute("type"), feed.GetAttribute("href"), feed.GetAttribute("title")));
    }
}
