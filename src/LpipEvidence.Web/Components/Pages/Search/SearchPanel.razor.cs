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
    private bool _live;
    private string _announcement = "";
    private (string? Query, string? Theme, string? Review, int Page)? _address;

    [Parameter] public string? Query { get; set; }

    [Parameter] public string? Theme { get; set; }

    [Parameter] public string? Review { get; set; }

    [Parameter] public int Page { get; set; } = 1;

    /// <summary>
    /// A new address from the server (the first view, or an enhanced navigation to a filter, a page or a
    /// suggestion): the page shows the results the server rendered for it, outside this island, until the person
    /// types. So connecting the island draws only the form, never the results again (a long task on a phone).
    /// </summary>
    protected override void OnParametersSet()
    {
        var address = (Query, Theme, Review, Page);
        if (_address == address) return;
        _address = address;
        _query = Query ?? "";
        _results = null;
        _live = false;
    }

    /// <summary>The theme list is only shown when there is nothing to show (or a filter to name): load it then, once.</summary>
    private async Task LoadThemesIfNeededAsync()
    {
        if (_themes.Count > 0 || !SearchResultsView.NeedsThemes(_results, Theme)) return;
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
            if (!_live)
            {
                // From the first search typed, the island shows the results: the server's give way first, so the
                // page never holds two lists.
                await _module.InvokeVoidAsync("dropServerResults");
                _live = true;
            }
            _announcement = SearchResultsView.SummaryOf(_results);
            await _module.InvokeVoidAsync("replaceUrl", SearchResultsView.Url(_query, Theme, Review));
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
