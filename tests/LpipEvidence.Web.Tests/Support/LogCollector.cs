using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>Keeps every log entry the app writes, with its structured values, for tests to read.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception),
                values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal)) { Exception = exception });
        }
    }
}

/// <summary>One log entry.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>The exception logged with the entry (its stack trace would be written), if any.</summary>
    public Exception? Exception { get; init; }
}
