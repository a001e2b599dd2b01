using Bunit;
using LpipEvidence.Briefings;
using LpipEvidence.SavedBriefings;
using LpipEvidence.Web.Components.Briefings;
using LpipEvidence.Web.SavedBriefings;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>"Save and share" on the briefing page, with the app's own saved-briefings service and store (it saves into them).</summary>
public sealed class SaveAndShareTests(EvidenceAppFactory app) : BunitTestContext, IClassFixture<EvidenceAppFactory>
{
    private static readonly string[] Slugs = ["evaluating-transport-investment", "digital-connectivity-for-clusters"];

    private readonly DefaultHttpContext _http = new();

    /// <summary>The token the page's antiforgery gives the form (the real one needs a request).</summary>
    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("token-value", "__RequestVerificationToken");
    }

    private Task<Briefing> ComposeAsync(params string[] slugs) =>
        app.Services.GetRequiredService<BriefingComposer>().ComposeAsync(new BriefingRequest(slugs, "Board pack", null));

    private IRenderedComponent<SaveAndShare> Render(Briefing briefing, string? savedAddress = null, SavedBriefingService? service = null)
    {
        Context.Services.AddSingleton(service ?? app.Services.GetRequiredService<SavedBriefingService>());
        Context.Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgery>();
        return Context.Render<SaveAndShare>(p => p
            .Add(s => s.Briefing, briefing)
            .Add(s => s.SavedAddress, savedAddress)
            .AddCascadingValue<HttpContext>(_http));
    }

    [Fact]
    public async Task Unsaved_OffersAPostFormWithAToken_SayingAnyoneWithTheLinkCanRead_AndForHowLong()
    {
        var section = Render(await ComposeAsync(Slugs)).Find("section[data-save-share]");

        var heading = section.QuerySelector("h3")!;
        Assert.Equal("Save and share", heading.TextContent);
        Assert.Equal(heading.Id, section.GetAttribute("aria-labelledby"));
        var text = ReaderText.Words(section.TextContent);
        Assert.Contains("under a short address for a board paper or an email, for 2 years.", text, StringComparison.Ordinal);
        Assert.Contains("Anyone with the link can read the briefing, so leave out anything private.", text, StringComparison.Ordinal);
        var form = Assert.Single(section.QuerySelectorAll("form"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("token-value", form.QuerySelector("input[type=hidden][name=__RequestVerificationToken]")?.GetAttribute("value"));
        var button = Assert.Single(form.QuerySelectorAll("button"));
        Assert.Equal(("submit", "Save and share"), (button.GetAttribute("type"), button.TextContent));
        Assert.Empty(section.QuerySelectorAll("[role=alert]"));
    }

    [Fact]
    public async Task Saved_ShowsItsShortAddress_AndNoForm()
    {
        var section = Render(await ComposeAsync(Slugs), savedAddress: "https://evidence.example.org/b/AbCdEfGhIjK").Find("section[data-save-share]");

        var link = Assert.Single(section.QuerySelectorAll("a"));
        Assert.Equal(("https://evidence.example.org/b/AbCdEfGhIjK", "https://evidence.example.org/b/AbCdEfGhIjK"), (link.GetAttribute("href"), link.TextContent));
        Assert.Contains("Anyone with the link can read this briefing.", ReaderText.Words(section.TextContent), StringComparison.Ordinal);
        Assert.Empty(section.QuerySelectorAll("form"));
    }

    [Fact]
    public void EmptyBriefing_OffersNoSaving()
    {
        var empty = new Briefing { Date = new DateOnly(2026, 3, 1), Findings = [], Sources = [] };

        Assert.Equal("", Render(empty).Markup.Trim());
    }

    [Fact]
    public async Task WithoutABriefingsStore_OffersNoSaving()
    {
        var briefing = await ComposeAsync(Slugs);
        using var none = new SavedBriefingService(null, app.Services.GetRequiredService<BriefingComposer>());

        Assert.Equal("", Render(briefing, service: none).Markup.Trim());
    }

    [Theory]
    [InlineData(30, "for 30 days.")]
    [InlineData(365, "for 1 year.")]
    [InlineData(400, "for 400 days.")]
    public async Task SaysHowLongBriefingsAreKept_AsThisSiteIsConfigured(int days, string expected)
    {
        var briefing = await ComposeAsync(Slugs);
        var contexts = app.Services.GetRequiredService<IDbContextFactory<SqliteBriefingsDbContext>>();
        using var service = new SavedBriefingService(
            new SavedBriefingStore(new BriefingsDbContextFactory(contexts.CreateDbContext), new SavedBriefingLimits(TimeSpan.FromDays(days), 100),
                TimeProvider.System, NullLogger<SavedBriefingStore>.Instance),
            app.Services.GetRequiredService<BriefingComposer>());

        var text = ReaderText.Words(Render(briefing, service: service).Find("section[data-save-share]").TextContent);

        Assert.Contains("an email, " + expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_SavesTheBriefingAsShown_ThenGoesToItsShortAddress()
    {
        var share = Render(await ComposeAsync(Slugs));

        await share.Find("form").SubmitAsync();

        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        var path = new Uri(navigation.Uri).AbsolutePath;
        Assert.Matches("^/b/[A-Za-z0-9_-]{11}$", path);
        var saved = await app.Services.GetRequiredService<SavedBriefingService>().Store!.FindAsync(path["/b/".Length..]);
        Assert.NotNull(saved);
        Assert.Equal("Board pack", saved.ToRequest().Title);
        Assert.Equal(Slugs, saved.ToRequest().FindingSlugs);
        Assert.Equal(StatusCodes.Status200OK, _http.Response.StatusCode);
    }

    [Fact]
    public async Task Submitting_ABriefingWithAMissingFinding_SavesNothing_AndSaysWhyWith400()
    {
        var share = Render(await ComposeAsync([.. Slugs, "no-such-finding"]));
        var before = Context.Services.GetRequiredService<NavigationManager>().Uri;

        await share.Find("form").SubmitAsync();

        var alert = share.Find(".save-share__problems[role=alert]");
        Assert.Equal("The briefing was not saved:", alert.QuerySelector("p")?.TextContent);
        Assert.Equal("1 finding in this briefing could not be found. Remove it from the address, then save.", Assert.Single(alert.QuerySelectorAll("li")).TextContent);
        Assert.Equal(StatusCodes.Status400BadRequest, _http.Response.StatusCode);
        Assert.Equal(before, Context.Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Single(share.FindAll("form"));   // the reader can fix the address and save again
    }
}
