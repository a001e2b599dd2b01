using LpipEvidence.Addresses;
using LpipEvidence.Catalog;
using LpipEvidence.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace LpipEvidence.Web.Components.Pages.Search;

public sealed partial class SearchPanel
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    /// <summary>Cancelled when the island goes away: nothing it started outlives it.</summary>
    private readonly CancellationTokenSource _lifetime = new();

    /// <summary>What was last typed: the query the results follow.</summary>
    private string _query = "";

    /// <summary>
    /// The value the server renders into the box. It changes only when the address gives a new query, never while
    /// the person types: re-rendering the box with each keystroke's value as it reaches the server put older text back
    /// into the box and lost the letters typed meanwhile.
    /// </summary>
    private string _boxValue = "";

    private SearchResults? _results;
    private EitherSearch? _either;
    private IReadOnlyList<ThemeSummary> _themes = [];
    private bool _searching;
    private CancellationTokenSource? _typing;
    private CancellationTokenSource? _activeSearch;
    private IJSObjectReference? _module;
    private IJSObjectReference? _briefing;
    private bool _resultsChanged;
    private bool _live;
    private string _announcement = "";
    private (string? Query, string? Theme, string? Review, int Page, bool AsTyped)? _address;
    private ILogger? _log;

    [Inject] private SearchService Search { get; set; } = default!;

    [Inject] private EvidenceCatalog Catalog { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private ILoggerFactory Logs { get; set; } = default!;

    [Parameter] public string? Query { get; set; }

    [Parameter] public string? Theme { get; set; }

    [Parameter] public string? Review { get; set; }

    [Parameter] public int Page { get; set; } = 1;

    /// <summary>
    /// Whether the server searched the words as typed ("Search instead for …"): part of the address, so following
    /// that link shows the server's results again. What the person types next is corrected as usual.
    /// </summary>
    [Parameter] public bool AsTyped { get; set; }

    /// <summary>
    /// A new address from the server (the first view, or an enhanced navigation to a filter, a page or a
    /// suggestion): the page shows the results the server rendered for it, outside this island, until the person
    /// types. So the island runs no search when it starts (a page load searches once, on the server), and connecting
    /// it draws only the form, never the results again (a long task on a phone).
    /// </summary>
    protected override void OnParametersSet()
    {
        var address = (Query, Theme, Review, Page, AsTyped);
        if (_address == address) return;
        _address = address;
        _typing?.Cancel();
        _query = _boxValue = Query ?? "";
        _results = null;
        _either = null;
        _live = false;
    }

    /// <summary>The theme list is only shown when there is nothing to show (or a filter to name): load it then, once.</summary>
    private async Task LoadThemesIfNeededAsync(CancellationToken cancellationToken)
    {
        if (_themes.Count > 0 || !SearchResultsView.NeedsThemes(_results, Theme)) return;
        _themes = await Catalog.GetThemesAsync(cancellationToken);
    }

    /// <summary>Searches what was typed, and for words joined with AND found together nowhere, counts the OR search.</summary>
    private async Task<(SearchResults? Results, EitherSearch? Either)> RunAsync(string query, int page, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query)) return (null, null);
        _log ??= Logs.CreateLogger(SearchPageLog.Category);
        SearchPageLog.Searching(_log, "island", query, Theme, Review, page);
        var request = new SearchRequest(query, Theme, Review, page, PrefixLastWord: true);
        var results = await Search.SearchAsync(request, cancellationToken);
        return (results, await SearchResultsView.EitherAsync(Search, request, results, cancellationToken));
    }

    private async Task OnInputAsync(ChangeEventArgs e)
    {
        _query = e.Value as string ?? "";
        // Each keystroke cancels the wait (or search) of the one before: only the latest text is searched. Each
        // handler disposes only its own token source, after it is done with it: a newer keystroke may arrive while
        // an older handler's continuation is still queued.
        var previous = _typing;
        using var typing = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        _typing = typing;
        var token = typing.Token;
        if (previous is not null) await previous.CancelAsync();
        try
        {
            await Task.Delay(Debounce, token);
            await SearchTypedAsync(typing, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // A newer keystroke took over, or the island is going away.
        }
        finally
        {
            if (ReferenceEquals(_typing, typing)) _typing = null;
        }
    }

    /// <summary>Searches what was typed, shows it and puts it in the address; "searching" ends however this ends.</summary>
    private async Task SearchTypedAsync(CancellationTokenSource typing, CancellationToken token)
    {
        var query = _query;
        _activeSearch = typing;
        _searching = true;
        StateHasChanged();
        try
        {
            var (results, either) = await RunAsync(query, 1, token);
            token.ThrowIfCancellationRequested();
            (_results, _either) = (results, either);
            await LoadThemesIfNeededAsync(token);
            _resultsChanged = true;
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", token, "./js/search.js");
            // From the first search typed, the island shows the results: the server's give way first, so the page
            // never holds two lists. Each time, since a followed link may have brought the server's back since.
            await _module.InvokeVoidAsync("showTypedResults", token, SiteAddresses.Search(query, Theme, Review));
            _live = true;
            _announcement = SearchResultsView.SummaryOf(_results);
        }
        finally
        {
            // Only the latest search may say it is over; a cancelled one says so when no newer one has started.
            if (ReferenceEquals(_activeSearch, typing))
            {
                _searching = false;
                _activeSearch = null;
            }
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive) await CatchUpWithEarlyTypingAsync();
        if (!_resultsChanged) return;
        _resultsChanged = false;
        // New results bring new "Add to briefing" boxes: let the briefing script tick the ones already chosen.
        _briefing ??= await JS.InvokeAsync<IJSObjectReference>("import", _lifetime.Token, "./js/briefing.js");
        await _briefing.InvokeVoidAsync("refresh", _lifetime.Token);
    }

    /// <summary>Picks up what was typed into the server-rendered box before this island connected.</summary>
    private async Task CatchUpWithEarlyTypingAsync()
    {
        var token = _lifetime.Token;
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", token, "./js/search.js");
        var pending = await _module.InvokeAsync<PendingInput>("takePendingInput", token, _boxValue);
        if (pending.Value is { } typed && typed != _query)
        {
            await OnInputAsync(new ChangeEventArgs { Value = typed });
            StateHasChanged();
        }
        if (pending.Focused) await _module.InvokeVoidAsync("focusSearchBox", token);
    }

    private sealed record PendingInput(string? Value, bool Focused);

    public async ValueTask DisposeAsync()
    {
        // Cancelled, not disposed: a search still finishing may link a token to it. It holds no timer or handle.
        await _lifetime.CancelAsync();
        foreach (var module in new[] { _module, _briefing })
        {
            if (module is null) continue;
            try { await module.DisposeAsync(); } catch (JSDisconnectedException) { }
        }
    }
}
