using LpipEvidence.SavedBriefings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Tests.SavedBriefings;

/// <summary>The briefings store contract on a SQLite file in a temp folder (a folder that does not exist yet, as on a first start).</summary>
public sealed class SqliteBriefingStoreTests : BriefingStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lpip-briefings-" + Guid.NewGuid().ToString("N"));

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "nested", "briefings.db")};Pooling=False";

    protected override Task<IDbContextFactory<BriefingsDbContext>> CreateStoreAsync() =>
        Task.FromResult<IDbContextFactory<BriefingsDbContext>>(BriefingsDbContextFactory.Create(BriefingsProvider.Sqlite, ConnectionString));

    protected override IDbContextFactory<BriefingsDbContext> SameStore(Action<DbContextOptionsBuilder> more) =>
        BriefingsDbContextFactory.Create(BriefingsProvider.Sqlite, ConnectionString, more);

    // A file where the store's folder should be: nothing can be created there.
    protected override IDbContextFactory<BriefingsDbContext> Unreachable()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocker, "");
        return BriefingsDbContextFactory.Create(BriefingsProvider.Sqlite, $"Data Source={Path.Combine(blocker, "briefings.db")};Pooling=False");
    }

    protected override Task DeleteStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}
