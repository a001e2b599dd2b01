using Bunit;
using LpipEvidence.Store;
using LpipEvidence.Web.Components.Layout;
using LpipEvidence.Web.FrontDoor;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>The frame of every page: skip link, header search, the page's body in <c>main</c>, the footer's links.</summary>
public sealed class MainLayoutTests : BunitTestContext
{
    private const string Body = "<h1 id=\"page-heading\">The page's own heading</h1>";

    /// <summary>The layout around <see cref="Body"/> on the page at <paramref name="address"/>, as MainLayout's services are registered.</summary>
    private IRenderedComponent<MainLayout> Render(string address = "/themes/innovation?sort=new", bool hasContent = true,
        HttpContext? http = null, string? contactEmail = null)
    {
        var status = new ContentStatus();
        if (hasContent) status.MarkHasContent();
        Context.Services.AddSingleton(status);
        Context.Services.AddSingleton<SiteTheme>();
        Context.Services.Configure<SiteOptions>(o => o.ContactEmail = contactEmail);
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Context.Render<MainLayout>(p =>
        {
            p.Add(l => l.Body, Body);
            if (http is not null) p.AddCascadingValue(http);
        });
    }

    [Fact]
    public void SkipLink_IsTheFirstThingToTabTo_AndLeadsToMainOnThisPage()
    {
        var layout = Render();

        var first = layout.FindAll("a[href], button, input, select, textarea")[0];
        Assert.Equal("Skip to main content", first.TextContent);
        Assert.Contains("skip-link", first.ClassList);
        var href = first.GetAttribute("href")!;
        // The page's own address with the fragment: a bare "#main-content" would mean the home page under <base href="/">.
        Assert.Equal("/themes/innovation?sort=new#main-content", href);
        var main = layout.Find("main");
        Assert.Equal(href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..], main.Id);
        Assert.Equal("-1", main.GetAttribute("tabindex"));   // focusable, so the browser moves focus there
    }

    [Fact]
    public void SkipLink_OnAPageReachedWithAFragment_DoesNotRepeatIt()
    {
        var layout = Render("/findings/a-finding#sources");

        Assert.Equal("/findings/a-finding#main-content", layout.Find("a.skip-link").GetAttribute("href"));
    }

    [Fact]
    public void SkipLink_OnAnErrorPage_LeadsToMainOnTheAddressAskedFor()
    {
        var http = new DefaultHttpContext();
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPathBase = "",
            OriginalPath = "/findings/no-such-finding",
            OriginalQueryString = "?x=1",
        });

        var layout = Render("/not-found", http: http);

        Assert.Equal("/findings/no-such-finding?x=1#main-content", layout.Find("a.skip-link").GetAttribute("href"));
    }

    [Fact]
    public void HeaderSearch_IsAGetFormToTheSearchPage_WithALabelledBoxNamedQ()
    {
        var form = Render().Find("header form, .site-header form");

        Assert.Equal(("search", "Site search"), (form.GetAttribute("role"), form.GetAttribute("aria-label")));
        Assert.Equal(("get", "/search"), (form.GetAttribute("method"), form.GetAttribute("action")));
        var input = Assert.Single(form.QuerySelectorAll("input"));
        Assert.Equal(("q", "search"), (input.GetAttribute("name"), input.GetAttribute("type")));
        var label = Assert.Single(form.QuerySelectorAll("label"));
        Assert.Equal(input.Id, label.GetAttribute("for"));
        Assert.Equal("Search the evidence", label.TextContent);
        var button = Assert.Single(form.QuerySelectorAll("button"));
        Assert.Equal("submit", button.GetAttribute("type"));
        Assert.Equal("Search", button.TextContent.Trim());   // its icon is hidden from screen readers
    }

    [Fact]
    public void MainNavigation_IsNamed_AndMarksTheSectionYouAreIn()
    {
        var nav = Render("/themes/innovation").Find("nav");

        Assert.Equal("Main", nav.GetAttribute("aria-label"));
        var links = nav.QuerySelectorAll("a");
        Assert.Equal(["/reviews", "/themes", "/briefing"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Themes"], links.Where(a => a.ClassList.Contains("active")).Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void BriefingChanges_AreAnnouncedFromAPoliteStatusRegion_OutsideMain()
    {
        var layout = Render();

        var status = layout.Find("#briefing-status");
        Assert.Equal(("status", "polite"), (status.GetAttribute("role"), status.GetAttribute("aria-live")));
        Assert.Null(status.Closest("main"));
        Assert.Equal("", status.TextContent);
    }

    [Fact]
    public void Footer_LinksToTheAccessibilityStatementPrivacyAndReportingAProblem()
    {
        var footer = Render().Find("footer");

        Assert.Equal("contentinfo", footer.GetAttribute("role"));
        var links = footer.QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("/accessibility", links["Accessibility statement"]);
        Assert.Equal("/privacy", links["Privacy and cookies"]);
        Assert.Equal("/about#contact", links["Report a problem with this page"]);
    }

    [Fact]
    public void Footer_ReportAProblem_NamesThisPage()
    {
        var footer = Render("/themes/innovation?sort=new", contactEmail: "evidence@example.org").Find("footer");

        var report = Assert.Single(footer.QuerySelectorAll("a"), a => a.TextContent == "Report a problem with this page");
        var href = Href.Parse(report.GetAttribute("href"));
        Assert.Equal("mailto:evidence@example.org", href.Path);
        Assert.StartsWith("Page: http://localhost/themes/innovation?sort=new\r\n", href.One("body"), StringComparison.Ordinal);
    }

    [Fact]
    public void PagesBody_IsRenderedInsideMain()
    {
        var layout = Render();

        var heading = layout.Find("#page-heading");
        Assert.Equal("The page's own heading", heading.TextContent);
        Assert.Equal("main-content", heading.Closest("main")?.Id);
        Assert.Single(layout.FindAll("main"));
    }

    [Fact]
    public void WithoutContent_AReadersPage_IsReplacedByTheExplanation()
    {
        var layout = Render("/themes/innovation", hasContent: false);

        Assert.Empty(layout.FindAll("#page-heading"));
        Assert.Equal("The evidence cannot be shown yet", layout.Find("main h1").TextContent);
    }

    [Theory]
    [InlineData("/accessibility")]
    [InlineData("/privacy")]
    [InlineData("/status")]
    public void WithoutContent_ThePagesAboutTheSiteAndForEditors_AreStillShown(string address)
    {
        var layout = Render(address, hasContent: false);

        Assert.Equal("The page's own heading", layout.Find("main #page-heading").TextContent);
        Assert.DoesNotContain("The evidence cannot be shown yet", layout.Find("main").TextContent, StringComparison.Ordinal);
    }
}
