using LpipEvidence.Catalog;
using LpipEvidence.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace LpipEvidence.Web.Components.Pages.Search;

public sealed partial class SearchPanel
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private string _query = "";
    private SearchResults? _results;
    private IReadOnlyList<ThemeSummary> _themes = [];
    private bool _searching;
    private CancellationTokenSource? _typing;
    private IJSObjectReference? _module;
    private IJSObjectReference? _briefing;
    private bool _resultsChanged;

    [Parameter] public string? Query { get; set; }

    [Parameter] public string? Theme { get; set; }

    [Parameter] public string? Review { get; set; }

    [Parameter] public int Page { get; set; } = 1;

    protected override async Task OnInitializedAsync()
    {
        _query = Query ?? "";
        if (!string.IsNullOrWhiteSpace(_query)) _results = await RunAsync(_query, Page, CancellationToken.None);
        await LoadThemesIfNeededAsync();
    }

    /// <summary>The theme list is only shown when there is nothing to show (or a filter to name): load it then, once.</summary>
    private async Task LoadThemesIfNeededAsync()
    {
        if (_themes.Count > 0) return;
        if (_results is { Hits.Count: > 0 } && Theme is null) return;
        _themes = await Catalog.GetThemesAsync();
    }

    private Task<SearchResults> RunAsync(string query, int page, CancellationToken cancellationToken) =>
        Search.SearchAsync(new SearchRequest(query, Theme, Review, page, PrefixLastWord: true), cancellationToken);

    private async Task OnInputAsync(ChangeEventArgs e)
    {
        _query = e.Value as string ?? "";
        if (_typing is not null) await _typing.CancelAsync();
        _typing?.Dispose();
        _typing = new CancellationTokenSource();
        var token = _typing.Token;
        try
        {
            await Task.Delay(Debounce, token);
            _searching = true;
            _results = string.IsNullOrWhiteSpace(_query) ? null : await RunAsync(_query, 1, token);
            await LoadThemesIfNeededAsync();
            _searching = false;
            _resultsChanged = true;
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/search.js");
            await _module.InvokeVoidAsync("replaceUrl", Url(_query, Theme, Review));
        }
        catch (OperationCanceledException)
        {
            // A newer keystroke took over.
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive) await CatchUpWithEarlyTypingAsync();
        if (!_resultsChanged) return;
        _resultsChanged = false;
        // New results bring new "Add to briefing" boxes: let the briefing script tick the ones already chosen.
        _briefing ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/briefing.js");
        await _briefing.InvokeVoidAsync("refresh");
    }

    /// <summary>Picks up what was typed into the server-rendered box before this island connected.</summary>
    private async Task CatchUpWithEarlyTypingAsync()
    {
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/search.js");
        var pending = await _module.InvokeAsync<PendingInput>("takePendingInput");
        if (pending.Value is { } typed && typed != _query)
        {
            await OnInputAsync(new ChangeEventArgs { Value = typed });
            StateHasChanged();
        }
        if (pending.Focused) await _module.InvokeVoidAsync("focusSearchBox");
    }

    private sealed record PendingInput(string? Value, bool Focused);

    private string Summary() => _results switch
    {
        null => "Type a word or phrase, such as clusters, R&D or evaluation.",
        { Problem: { } problem } => problem,
        { Total: 0 } r => $"No results for “{r.Query}”.",
        { Total: 1 } r => $"1 result for “{(r.ShowingSuggestion ? r.Suggestion : r.Query)}”.",
        var r => $"{r.Total} results for “{(r.ShowingSuggestion ? r.Suggestion : r.Query)}”" + (r.PageCount > 1 ? $", page {r.Page} of {r.PageCount}." : "."),
    };

    private static string KindLabel(SearchHit hit) => hit.Kind switch
    {
        SearchKinds.Finding => hit.Review is { } review ? $"Key finding · {review.Title}" : "Key finding",
        SearchKinds.Review => "Evidence review",
        _ => "Theme",
    };

    private string ThemeTitle(SearchResults results) =>
        results.Themes.FirstOrDefault(t => t.Slug == Theme)?.Title ?? _themes.FirstOrDefault(t => t.Slug == Theme)?.Title ?? Theme!;

    private string ReviewTitle(SearchResults results) =>
        results.Reviews.FirstOrDefault(r => r.Slug == Review)?.Title ?? Review!;

    /// <summary>The shareable address of a search.</summary>
    internal static string Url(string? query, string? theme, string? review, int page = 1)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query)) parts.Add("q=" + Uri.EscapeDataString(query.Trim()));
        if (theme is not null) parts.Add("theme=" + Uri.EscapeDataString(theme));
        if (review is not null) parts.Add("review=" + Uri.EscapeDataString(review));
        if (page > 1) parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "/search" : "/search?" + string.Join('&', parts);
    }

    public async ValueTask DisposeAsync()
    {
        _typing?.Dispose();
        foreach (var module in new[] { _module, _briefing })
        {
            if (module is null) continue;
            try { await module.DisposeAsync(); } catch (JSDisconnectedException) { }
        }
    }
}
