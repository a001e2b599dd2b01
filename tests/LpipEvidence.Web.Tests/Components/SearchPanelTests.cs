using System.Reflection;
using Bunit;
using LpipEvidence.Catalog;
using LpipEvidence.Search;
using LpipEvidence.Web.Components.Pages.Search;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>
/// The search page's interactive island, with the app's own search over the fixtures and its scripts faked: the form
/// works without JavaScript, typing searches and shows the results, and a new address from the server starts over.
/// </summary>
public sealed class SearchPanelTests(EvidenceAppFactory app) : BunitTestContext, IClassFixture<EvidenceAppFactory>
{
    /// <summary>Long enough for a first search on a busy shared machine; WaitForAssertion returns as soon as it holds.</summary>
    private static readonly TimeSpan SearchWait = TimeSpan.FromSeconds(30);

    private BunitJSModuleInterop _search = default!;
    private BunitJSModuleInterop _briefing = default!;

    /// <summary>
    /// The island in a connected circuit. search.js's <c>takePendingInput</c> reports what was typed into the
    /// server-rendered box before the island connected, as a record private to the island: set up by its type.
    /// </summary>
    private IRenderedComponent<SearchPanel> Render(Action<ComponentParameterCollectionBuilder<SearchPanel>>? parameters = null,
        string? typedEarly = null, bool focusedEarly = false)
    {
        Context.Services.AddSingleton(app.Services.GetRequiredService<SearchService>());
        Context.Services.AddSingleton(app.Services.GetRequiredService<EvidenceCatalog>());
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        _search = Context.JSInterop.SetupModule("./js/search.js");
        _search.Mode = JSRuntimeMode.Strict;
        SetUpPendingInput(_search, typedEarly, focusedEarly);
        _search.SetupVoid("showTypedResults", _ => true).SetVoidResult();
        _search.SetupVoid("focusSearchBox").SetVoidResult();
        _briefing = Context.JSInterop.SetupModule("./js/briefing.js");
        _briefing.Mode = JSRuntimeMode.Strict;
        _briefing.SetupVoid("refresh").SetVoidResult();
        return Context.Render<SearchPanel>(p => parameters?.Invoke(p));
    }

    private static void SetUpPendingInput(BunitJSInterop module, string? value, bool focused)
    {
        var pending = typeof(SearchPanel).GetNestedType("PendingInput", BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("SearchPanel no longer has its PendingInput record: update this test's set-up.");
        var setup = typeof(BunitJSInteropSetupExtensions).GetMethod(nameof(BunitJSInteropSetupExtensions.Setup), [typeof(BunitJSInterop), typeof(string), typeof(InvocationMatcher)])!
            .MakeGenericMethod(pending);
        var handler = setup.Invoke(null, [module, "takePendingInput", (InvocationMatcher)(_ => true)])!;
        handler.GetType().GetMethod("SetResult")!.Invoke(handler, [Activator.CreateInstance(pending, value, focused)]);
    }

    /// <summary>The total the app's search gives for what the island searches when <paramref name="query"/> is typed.</summary>
    private async Task<int> TotalAsync(string query, string? theme = null)
    {
        var total = (await app.Services.GetRequiredService<SearchService>().SearchAsync(new SearchRequest(query, theme, PrefixLastWord: true))).Total;
        Assert.InRange(total, 2, 1000);   // the fixtures have several results for it, so the test shows something
        return total;
    }

    /// <summary>The address the island gave the page for its one typed search.</summary>
    private string Typed() => Assert.Single(_search.Invocations["showTypedResults"]).Arguments[0] as string ?? "";

    /// <summary>
    /// Checks <paramref name="assertion"/> once the renderer has finished the step in progress: the island calls its
    /// scripts after a render too (refreshing the briefing boxes, refocusing the box), and no render follows to wait for.
    /// </summary>
    private Task OnceTheRendererIsDoneAsync(Action assertion) => Context.Renderer.Dispatcher.InvokeAsync(assertion);

    /// <summary>Waits until the island shows its own results, for the words <paramref name="query"/>.</summary>
    private static void WaitForLiveResults(IRenderedComponent<SearchPanel> panel, string query) =>
        panel.WaitForAssertion(() => Assert.Contains($"for “{query}”", panel.Find(".search-live .search-results__summary").TextContent, StringComparison.Ordinal), SearchWait);

    [Fact]
    public void Form_IsAGetFormToTheSearchPage_WithTheQueryInALabelledBoxNamedQ()
    {
        var form = Render(p => p.Add(s => s.Query, "skills & \"talent\"")).Find("form");

        Assert.Equal(("get", "/search", "search"), (form.GetAttribute("method"), form.GetAttribute("action"), form.GetAttribute("role")));
        var input = Assert.Single(form.QuerySelectorAll("input:not([type=hidden])"));
        Assert.Equal(("q", "search", "skills & \"talent\""), (input.GetAttribute("name"), input.GetAttribute("type"), input.GetAttribute("value")));
        Assert.Equal(input.Id, form.QuerySelector("label")?.GetAttribute("for"));
        Assert.StartsWith("Words, a question or \"an exact phrase\".", form.QuerySelector("label")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("submit", form.QuerySelector("button")?.GetAttribute("type"));
    }

    [Fact]
    public void Form_WithoutFilters_HasNoHiddenFields()
    {
        var form = Render(p => p.Add(s => s.Query, "skills")).Find("form");

        Assert.Empty(form.QuerySelectorAll("input[type=hidden]"));
    }

    [Fact]
    public void Form_WithFilters_KeepsThemAsHiddenFields()
    {
        var form = Render(p => p.Add(s => s.Query, "skills").Add(s => s.Theme, "skills-and-talent").Add(s => s.Review, "innovation")).Find("form");

        var hidden = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value"));
        Assert.Equal(new Dictionary<string, string?> { ["theme"] = "skills-and-talent", ["review"] = "innovation" }, hidden);
    }

    [Fact]
    public void Connecting_RunsNoSearch_AndShowsNoResults_ButHasItsStatusRegionReady()
    {
        var panel = Render(p => p.Add(s => s.Query, "skills"));

        Assert.Empty(panel.FindAll(".search-live .search-results"));
        Assert.Empty(_search.Invocations["showTypedResults"]);
        var status = panel.Find(".search-live [role=status]");
        Assert.Equal("", status.TextContent);
    }

    [Fact]
    public async Task Typing_SearchesWhatWasTyped_ShowsTheResults_AndPutsTheSearchInTheAddress()
    {
        var total = await TotalAsync("skills");
        var panel = Render(p => p.Add(s => s.Query, "funding"));

        panel.Find("input[name=q]").Input("skills");

        WaitForLiveResults(panel, "skills");
        Assert.StartsWith($"{total} results for “skills”", panel.Find(".search-live .search-results__summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(Math.Min(total, SearchRequest.DefaultPageSize), panel.FindAll(".search-live li.search-hit").Count);
        var address = Href.Parse(Typed());
        Assert.Equal(("/search", "skills"), (address.Path, address.One("q")));
        // Screen readers hear the summary from the status region that was there before the results.
        Assert.StartsWith($"{total} results for “skills”", panel.Find(".search-live > [role=status]").TextContent, StringComparison.Ordinal);
        // The box keeps the letters as typed: the server's value is not put back into it.
        Assert.Equal("funding", panel.Find("input[name=q]").GetAttribute("value"));
        // New "Add to briefing" boxes: the briefing script is asked to tick the chosen ones.
        await OnceTheRendererIsDoneAsync(() => Assert.Single(_briefing.Invocations["refresh"]));
    }

    [Fact]
    public async Task Typing_WithinATheme_SearchesThatThemeOnly_AndKeepsItInTheAddress()
    {
        var total = await TotalAsync("skills", "skills-and-talent");
        var panel = Render(p => p.Add(s => s.Query, "talent").Add(s => s.Theme, "skills-and-talent"));

        panel.Find("input[name=q]").Input("skills");

        WaitForLiveResults(panel, "skills");
        Assert.StartsWith($"{total} results for “skills”", panel.Find(".search-live .search-results__summary").TextContent, StringComparison.Ordinal);
        var address = Href.Parse(Typed());
        Assert.Equal(("/search", "skills", "skills-and-talent"), (address.Path, address.One("q"), address.One("theme")));
    }

    [Fact]
    public async Task TypingBeforeTheIslandConnected_IsSearched_AndTheBoxRefocused()
    {
        var panel = Render(p => p.Add(s => s.Query, "funding"), typedEarly: "skills", focusedEarly: true);

        WaitForLiveResults(panel, "skills");
        Assert.Equal("skills", Href.Parse(Typed()).One("q"));
        await OnceTheRendererIsDoneAsync(() => Assert.Single(_search.Invocations["focusSearchBox"]));
    }

    [Fact]
    public void NothingTypedBeforeConnecting_RunsNoSearch_AndLeavesFocusAlone()
    {
        Render(p => p.Add(s => s.Query, "funding"), typedEarly: null, focusedEarly: false);

        Assert.Single(_search.Invocations["takePendingInput"]);
        Assert.Empty(_search.Invocations["showTypedResults"]);
        Assert.Empty(_search.Invocations["focusSearchBox"]);
    }

    [Fact]
    public void ANewQueryFromTheServer_PutsItInTheBox_AndGivesBackTheServersResults()
    {
        var panel = Render(p => p.Add(s => s.Query, "funding"));
        panel.Find("input[name=q]").Input("skills");
        WaitForLiveResults(panel, "skills");

        panel.Render(p => p.Add(s => s.Query, "transport"));

        Assert.Equal("transport", panel.Find("input[name=q]").GetAttribute("value"));
        Assert.Empty(panel.FindAll(".search-live .search-results"));
    }
}
