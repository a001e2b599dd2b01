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
    private IReadOnlyList<ThemeSummary> _themes = [];
    private bool _searching;
    private CancellationTokenSource? _typing;
    private CancellationTokenSource? _activeSearch;
    private IJSObjectReference? _module;

    [Inject] private SearchService Search { get; set; } = default!;

    [Inject] private EvidenceCatalog Catalog { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private ILogger<SearchPanel> Logger { get; set; } = default!;

    [Parameter] public string? Query { get; set; }

    [Parameter] public string? Theme { get; set; }

    [Parameter] public string? Review { get; set; }

    [Parameter] public int Page { get; set; } = 1;

    /// <summary>The prerendered results, restored when the island becomes interactive (set by the framework).</summary>
    [PersistentState]
    public SearchPanelState? State { get; set; }

    /// <summary>The search the address asks for: on the first render and after an enhanced navigation (a filter, a page).</summary>
    protected override async Task OnParametersSetAsync()
    {
        var query = Query ?? "";
        if (State is { } shown && shown.IsFor(query, Theme, Review, Page))
        {
            // Restored from the prerender, or these parameters are already on screen.
            _query = _boxValue = shown.Query;
            _results = shown.Results;
            _themes = shown.Themes;
            return;
        }
        if (_typing is not null) await _typing.CancelAsync();
        _query = _boxValue = query;
        var token = _lifetime.Token;
        _results = string.IsNullOrWhiteSpace(query) ? null : await RunAsync(query, Page, token);
        await LoadThemesIfNeededAsync(token);
        State = new SearchPanelState(query, Theme, Review, Page, _results, _themes);
    }

    /// <summary>The theme list is only shown when there is nothing to show (or a filter to name): load it then, once.</summary>
    private async Task LoadThemesIfNeededAsync(CancellationToken cancellationToken)
    {
        if (_themes.Count > 0) return;
        if (_results is { Hits.Count: > 0 } && Theme is null) return;
        _themes = await Catalog.GetThemesAsync(cancellationToken);
    }

    private Task<SearchResults> RunAsync(string query, int page, CancellationToken cancellationToken)
    {
        LogSearching(Logger, query, Theme, Review, page);
        return Search.SearchAsync(new SearchRequest(query, Theme, Review, page, PrefixLastWord: true), cancellationToken);
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
            var results = string.IsNullOrWhiteSpace(query) ? null : await RunAsync(query, 1, token);
            token.ThrowIfCancellationRequested();
            _results = results;
            await LoadThemesIfNeededAsync(token);
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", token, "./js/search.js");
            await _module.InvokeVoidAsync("replaceUrl", token, Url(query, Theme, Review));
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

    /// <summary>Each search the island runs, so a test (or an operator) can see it runs once per page load.</summary>
    [LoggerMessage(Level = LogLevel.Debug, Message = "Search island searching for {Query} (theme {Theme}, review {Review}, page {Page})")]
    private static partial void LogSearching(ILogger logger, string query, string? theme, string? review, int page);

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
        // Cancelled, not disposed: a search still finishing may link a token to it. It holds no timer or handle.
        await _lifetime.CancelAsync();
        if (_module is not null)
        {
            try { await _module.DisposeAsync(); } catch (JSDisconnectedException) { }
        }
    }
}
