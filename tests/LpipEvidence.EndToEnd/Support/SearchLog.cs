using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// Keeps the search page's log messages (one per search it runs, on the server or in the island), so a test can count
/// how many searches a page load caused. Registered by <see cref="SiteFactory"/> for that category only, at Debug level.
/// </summary>
public sealed class SearchLog : ILoggerProvider
{
    /// <summary>The search page's logging category.</summary>
    public const string Category = LpipEvidence.Web.Components.Pages.Search.SearchPageLog.Category;

    private readonly ConcurrentQueue<string> _messages = new();

    /// <summary>Every message so far, oldest first.</summary>
    public IReadOnlyList<string> Messages => [.. _messages];

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Logger(_messages) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception));
    }

    private sealed class NullLogger : ILogger
    {
        public static NullLogger Instance { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
