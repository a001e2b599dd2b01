using LpipEvidence.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Tests.Store;

/// <summary>
/// Work stops when nobody waits for it. The query below counts to a billion, far longer than any test run; a
/// cancelled token must stop it, where without the interceptor Microsoft.Data.Sqlite would run it to the end.
/// </summary>
public sealed class SqliteInterruptTests : IDisposable
{
    private const string Endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) AS Value FROM c";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lpip-interrupt-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private EvidenceDbContext Open(SqliteInterruptInterceptor interceptor)
    {
        Directory.CreateDirectory(_folder);
        var options = new DbContextOptionsBuilder<EvidenceDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "x.db")}")
            .AddInterceptors(interceptor)
            .Options;
        return new EvidenceDbContext(options);
    }

    private static async Task<Exception?> RunCancelledAsync(Func<CancellationToken, Task> query, CancellationTokenSource source)
    {
        source.CancelAfter(TimeSpan.FromMilliseconds(300));
        // The guard only keeps a regression from hanging the run; it is minutes, not a timing assertion.
        var run = Task.Run(() => query(source.Token));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.Same(run, finished);
        return await Record.ExceptionAsync(() => run);
    }

    [Fact]
    public async Task Query_WhenItsTokenIsCancelled_IsInterrupted()
    {
        await using var db = Open(new SqliteInterruptInterceptor());
        using var source = new CancellationTokenSource();

        var error = await RunCancelledAsync(token => db.Database.SqlQueryRaw<long>(Endless).SingleAsync(token), source);

        Assert.NotNull(error);
        Assert.True(error is OperationCanceledException || SqliteInterruptInterceptor.IsInterrupt(error), error.ToString());
    }

    [Fact]
    public async Task Query_WhenTheAmbientTokenIsCancelled_IsInterrupted()
    {
        using var request = new CancellationTokenSource();
        await using var db = Open(new SqliteInterruptInterceptor(() => request.Token));

        // No token passed: as a page that does not pass the request's abort token.
        var error = await RunCancelledAsync(_ => db.Database.SqlQueryRaw<long>(Endless).SingleAsync(CancellationToken.None), request);

        Assert.NotNull(error);
        Assert.True(SqliteInterruptInterceptor.IsInterrupt(error), error.ToString());
    }

    [Fact]
    public async Task Query_WhenTheAmbientTokenWasCancelledBeforeItStarted_DoesNotRun()
    {
        using var request = new CancellationTokenSource();
        await using var db = Open(new SqliteInterruptInterceptor(() => request.Token));
        await request.CancelAsync();

        // An interrupt stops only a running statement: this one must not start, or it would count to a billion.
        var run = Task.Run(() => db.Database.SqlQueryRaw<long>(Endless).SingleAsync(CancellationToken.None));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.Same(run, finished);
        var error = await Record.ExceptionAsync(() => run);

        Assert.NotNull(error);
        Assert.True(SqliteInterruptInterceptor.IsInterrupt(error), error.ToString());
    }

    [Fact]
    public async Task Connection_AfterAnInterruptedQuery_AnswersTheNextOne()
    {
        var interceptor = new SqliteInterruptInterceptor();
        await using var db = Open(interceptor);
        using var source = new CancellationTokenSource();
        await RunCancelledAsync(token => db.Database.SqlQueryRaw<long>(Endless).SingleAsync(token), source);

        Assert.Equal(42L, await db.Database.SqlQueryRaw<long>("SELECT 42 AS Value").SingleAsync());
    }
}
