using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace LpipEvidence.Store;

/// <summary>
/// Stops SQLite work that nobody is waiting for. Microsoft.Data.Sqlite runs statements synchronously and ignores
/// cancellation once a statement has started, so a query for a client that has gone would run to the end. This
/// interceptor interrupts the connection (<c>sqlite3_interrupt</c>, which is safe from any thread) when the command's
/// cancellation token, or the ambient one (the HTTP request's abort token in the site), is cancelled, for as long
/// as the statement or its reader is running; the statement then fails with SQLITE_INTERRUPT and its transaction
/// rolls back.
/// </summary>
public sealed class SqliteInterruptInterceptor(Func<CancellationToken>? ambient = null) : DbCommandInterceptor
{
    private const string NotStarted = "interrupted: nobody was waiting for this statement any more, so it was not started";

    private readonly ConditionalWeakTable<DbCommand, Registrations> _running = [];

    /// <summary>Whether an exception is SQLite reporting an interrupted statement.</summary>
    public static bool IsInterrupt(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: raw.SQLITE_INTERRUPT } || exception.InnerException is { } inner && IsInterrupt(inner);

    /// <summary>Watches for cancellation while the query and then its reader run.</summary>
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Register(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    /// <summary>Watches the ambient token (a synchronous query has no token of its own) while the query and its reader run.</summary>
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Register(command, default);
        return result;
    }

    /// <summary>Watches for cancellation while the scalar query runs.</summary>
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Register(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    /// <summary>Watches for cancellation while the statement runs.</summary>
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Register(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    /// <summary>Stops watching: the scalar query is done.</summary>
    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>Stops watching: the statement is done.</summary>
    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Stops watching: the reader is closed, so the query is done. A reader keeps stepping the statement while it is
    /// read, so the watch lasts until it is disposed.
    /// </summary>
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    /// <summary>Stops watching a command that failed.</summary>
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command);

    /// <summary>Stops watching a command that failed.</summary>
    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    /// <summary>Stops watching a command that was cancelled.</summary>
    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(command);

    /// <summary>Stops watching a command that was cancelled.</summary>
    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    private void Register(DbCommand command, CancellationToken token)
    {
        if (command.Connection is not SqliteConnection connection) return;
        var other = ambient?.Invoke() ?? default;
        // An interrupt only stops a statement that is running: one cancelled before its statement starts (a busy
        // machine, a client gone while the page waited) must not start, or it would run to the end.
        token.ThrowIfCancellationRequested();
        if (other.IsCancellationRequested) throw new SqliteException(NotStarted, raw.SQLITE_INTERRUPT);
        if (!token.CanBeCanceled && !other.CanBeCanceled) return;
        Release(command);
        _running.AddOrUpdate(command, new Registrations(Interrupt(connection, token), Interrupt(connection, other)));
    }

    private static CancellationTokenRegistration Interrupt(SqliteConnection connection, CancellationToken token) =>
        token.CanBeCanceled
            ? token.Register(static state =>
            {
                if (((SqliteConnection)state!).Handle is { } handle) raw.sqlite3_interrupt(handle);
            }, connection)
            : default;

    private void Release(DbCommand command)
    {
        if (!_running.TryGetValue(command, out var registrations)) return;
        _running.Remove(command);
        // Dispose waits for a callback already running, so no interrupt can reach the connection after this.
        registrations.Command.Dispose();
        registrations.Ambient.Dispose();
    }

    private sealed record Registrations(CancellationTokenRegistration Command, CancellationTokenRegistration Ambient);
}
