using LpipEvidence.Web.Errors;
using Microsoft.Data.Sqlite;
using LpipEvidence.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Web.Tests.Operations;

/// <summary>A broken store is told from a bug, however deep EF Core wraps SQLite's exception.</summary>
public sealed class StoreFailureTests
{
    [Theory]
    [InlineData(26, "SQLite Error 26: 'file is not a database'.", true)]
    [InlineData(11, "SQLite Error 11: 'database disk image is malformed'.", true)]
    [InlineData(14, "SQLite Error 14: 'unable to open database file'.", true)]
    [InlineData(5, "SQLite Error 5: 'database is locked'.", true)]
    [InlineData(13, "SQLite Error 13: 'database or disk is full'.", true)]
    [InlineData(1, "SQLite Error 1: 'no such table: Themes'.", true)]
    [InlineData(1, "SQLite Error 1: 'near \"SELEC\": syntax error'.", false)]
    [InlineData(19, "SQLite Error 19: 'UNIQUE constraint failed: Themes.Slug'.", false)]
    public void SqliteErrors_AreStoreFailuresOnlyWhenTheFileCannotBeUsed(int code, string message, bool expected)
    {
        var sqlite = new SqliteException(message, code);
        Assert.Equal(expected, StoreFailure.Is(sqlite));
        Assert.Equal(expected, StoreFailure.Is(new DbUpdateException("Saving failed.", new InvalidOperationException("Wrapped.", sqlite))));
    }

    [Fact]
    public void InterruptedStatement_IsNotAStoreFailure() =>
        Assert.False(StoreFailure.Is(new SqliteException("SQLite Error 9: 'interrupted'.", 9)));

    [Fact]
    public async Task InterruptedStatement_OfAnAbortedRequest_IsHandledQuietlyAsAbandoned()
    {
        using var aborted = new CancellationTokenSource();
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestAborted = aborted.Token };
        var interrupted = new InvalidOperationException("Wrapped.", new SqliteException("SQLite Error 9: 'interrupted'.", 9));
        using var logs = new LogCollector();
        using var factory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(logs));
        var handler = new SiteExceptionHandler(factory.CreateLogger<SiteExceptionHandler>(), TimeProvider.System,
            new LpipEvidence.Web.Logging.ClientFaultLog(factory.CreateLogger<LpipEvidence.Web.Logging.ClientFaultLog>(), TimeProvider.System));

        Assert.False(SiteExceptionHandler.IsAbandoned(context, interrupted));
        await aborted.CancelAsync();

        Assert.True(SiteExceptionHandler.IsAbandoned(context, interrupted));
        Assert.True(await handler.TryHandleAsync(context, interrupted, CancellationToken.None));
        Assert.Equal(499, context.Response.StatusCode);
        Assert.Empty(logs.Entries);
    }

    [Fact]
    public void OtherExceptions_AreNotStoreFailures()
    {
        Assert.False(StoreFailure.Is(null));
        Assert.False(StoreFailure.Is(new InvalidOperationException("A bug.")));
        Assert.False(StoreFailure.Is(new TaskCanceledException()));
    }
}
