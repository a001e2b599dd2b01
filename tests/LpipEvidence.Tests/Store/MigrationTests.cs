using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Tests.Store;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyFileInMissingFolder_CreatesTheFileAndAppliesEveryMigration()
    {
        using var store = new TempStore();
        Assert.False(File.Exists(store.DatabasePath));

        await store.MigrateAsync();

        Assert.True(File.Exists(store.DatabasePath));
        await using var db = store.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Findings.CountAsync());
    }

    [Fact]
    public async Task Migrate_Twice_IsHarmless()
    {
        using var store = new TempStore();
        await store.MigrateAsync();
        await store.MigrateAsync();
        await using var db = store.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        using var store = new TempStore();
        await using var db = store.Open();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
    }
}
