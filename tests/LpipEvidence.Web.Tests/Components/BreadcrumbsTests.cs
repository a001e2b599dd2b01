using Bunit;
using LpipEvidence.Web.Components.Shared;

namespace LpipEvidence.Web.Tests.Components;

public sealed class BreadcrumbsTests : BunitTestContext
{
    [Fact]
    public void Breadcrumbs_LeadFromHomeThroughEachAncestorInOrder()
    {
        var crumbs = Context.Render<Breadcrumbs>(p => p.Add(b => b.Items,
            [new Crumb("Reviews", "/reviews"), new Crumb("Innovation Evidence Review", "/reviews/innovation")]));

        Assert.Equal("Breadcrumb", crumbs.Find("nav").GetAttribute("aria-label"));
        Assert.Equal(
            [("Home", "/"), ("Reviews", "/reviews"), ("Innovation Evidence Review", "/reviews/innovation")],
            crumbs.FindAll("nav ol li a").Select(a => (a.TextContent, Href.Parse(a.GetAttribute("href")).Path)));
    }

    [Fact]
    public void Breadcrumbs_WithoutAncestors_LeadHome()
    {
        var crumbs = Context.Render<Breadcrumbs>(p => p.Add(b => b.Items, []));

        var home = Assert.Single(crumbs.FindAll("li a"));
        Assert.Equal(("Home", "/"), (home.TextContent, home.GetAttribute("href")));
    }
}
