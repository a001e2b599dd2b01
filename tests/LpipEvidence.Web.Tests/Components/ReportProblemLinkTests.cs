using Bunit;
using LpipEvidence.Web.Components.Pages.About;
using LpipEvidence.Web.Components.Shared;
using LpipEvidence.Web.FrontDoor;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>"Report a problem" and the About page's contact details, with and without Site:ContactEmail.</summary>
public sealed class ReportProblemLinkTests : BunitTestContext
{
    private const string Page = "https://evidence.example.org/findings/a-finding?x=1&y=2";

    [Fact]
    public void WithAContactAddress_ReportIsAnEmail_ThatNamesThePage()
    {
        Context.Services.Configure<SiteOptions>(o => o.ContactEmail = " evidence@example.org ");

        var link = Context.Render<ReportProblemLink>(p => p.Add(r => r.PageAddress, Page)).Find("a");

        Assert.Equal("Report a problem with this page", link.TextContent);
        var href = Href.Parse(link.GetAttribute("href"));
        Assert.Equal("mailto:evidence@example.org", href.Path);
        Assert.Equal("Problem with a page on LPIP Evidence", href.One("subject"));
        Assert.StartsWith($"Page: {Page}\r\n", href.One("body"), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAContactAddress_ReportLeadsToTheAboutPagesContactDetails()
    {
        var link = Context.Render<ReportProblemLink>(p => p.Add(r => r.PageAddress, Page)).Find("a");

        Assert.Equal("/about#contact", link.GetAttribute("href"));
    }

    [Fact]
    public void ContactDetails_WithAContactAddress_GiveIt()
    {
        Context.Services.Configure<SiteOptions>(o => o.ContactEmail = "evidence@example.org");

        var link = Context.Render<ContactDetails>().Find("a");

        Assert.Equal(("mailto:evidence@example.org", "evidence@example.org"), (link.GetAttribute("href"), link.TextContent));
    }

    [Fact]
    public void ContactDetails_WithoutAContactAddress_LeadToTheHubsOwnPages()
    {
        var link = Context.Render<ContactDetails>().Find("a");

        Assert.Equal((ContactDetails.HubAddress, "pages at the University of Birmingham"), (link.GetAttribute("href"), link.TextContent));
    }
}
