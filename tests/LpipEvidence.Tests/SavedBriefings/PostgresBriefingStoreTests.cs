using LpipEvidence.SavedBriefings;
using LpipEvidence.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LpipEvidence.Tests.SavedBriefings;

/// <summary>
/// The briefings store contract on a real PostgreSQL server (<see cref="PostgresServer"/>), each test in a database of
/// its own. Skipped, saying why, where no server is configured; run by bash .ci/run, which starts one.
/// </summary>
[RequiresPostgres]
public sealed class PostgresBriefingStoreTests : BriefingStoreContractTests
{
    private string? _connectionString;

    protected override async Task<IDbContextFactory<BriefingsDbContext>> CreateStoreAsync()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        return BriefingsDbContextFactory.Create(BriefingsProvider.Postgres, _connectionString);
    }

    protected override IDbContextFactory<BriefingsDbContext> SameStore(Action<DbContextOptionsBuilder> more) =>
        BriefingsDbContextFactory.Create(BriefingsProvider.Postgres, _connectionString!, more);

    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    protected override IDbContextFactory<BriefingsDbContext> Unreachable() =>
        BriefingsDbContextFactory.Create(BriefingsProvider.Postgres,
            new NpgsqlConnectionStringBuilder(_connectionString) { Host = "127.0.0.1", Port = 1, Timeout = 2 }.ConnectionString);

    protected override async Task DeleteStoreAsync()
    {
        if (_connectionString is not null) await PostgresServer.DropDatabaseAsync(_connectionString);
    }
}
