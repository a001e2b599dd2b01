using System.Data.Common;
using LpipEvidence.Import;
using LpipEvidence.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpipEvidence.Tests.Support;

/// <summary>A real SQLite file in a temp folder, with a context factory and a log of every writing command.</summary>
public sealed class TempStore : IDisposable
{
    private readonly WriteRecorder _writes = new();

    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "lpip-store-" + Guid.NewGuid().ToString("N"));
        DatabasePath = Path.Combine(Folder, "nested", "evidence.db");
        ConnectionString = $"Data Source={DatabasePath};Pooling=False";
        var options = new DbContextOptionsBuilder<EvidenceDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(_writes)
            .Options;
        Factory = new SimpleFactory(options);
        Status = new ContentStatus();
        Importer = new StoreWriter(Factory, Status, TimeProvider.System, NullLogger<StoreWriter>.Instance);
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    public string ConnectionString { get; }
    public IDbContextFactory<EvidenceDbContext> Factory { get; }
    public ContentStatus Status { get; }
    internal StoreWriter Importer { get; }

    /// <summary>Commands other than SELECT (and PRAGMA) run since the last <see cref="ResetWrites"/>.</summary>
    public IReadOnlyList<string> Writes => _writes.Commands;

    public void ResetWrites() => _writes.Commands.Clear();

    public async Task<TempStore> MigrateAsync()
    {
        await EvidenceStore.MigrateAsync(Factory);
        return this;
    }

    public EvidenceDbContext Open() => Factory.CreateDbContext();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed class SimpleFactory(DbContextOptions<EvidenceDbContext> options) : IDbContextFactory<EvidenceDbContext>
    {
        public EvidenceDbContext CreateDbContext() => new(options);
    }

    private sealed class WriteRecorder : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        private void Record(DbCommand command)
        {
            var text = command.CommandText.TrimStart();
            if (text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)) return;
            lock (Commands) Commands.Add(text);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }
    }
}
