namespace LpipEvidence.Web.Components.Pages.Search;

/// <summary>
/// One Debug line for each search the search page runs, on the server's render or in the island as someone types,
/// so a test (or an operator) can see how many searches a page load makes.
/// </summary>
public static partial class SearchPageLog
{
    /// <summary>The logging category of these lines.</summary>
    public const string Category = "LpipEvidence.Web.Search";

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search page ({Source}) searching for {Query} (theme {Theme}, review {Review}, page {Page})")]
    public static partial void Searching(ILogger logger, string source, string query, string? theme, string? review, int page);
}
