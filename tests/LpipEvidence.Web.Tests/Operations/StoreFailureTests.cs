using LpipEvidence.Web.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
    public void OtherExceptions_AreNotStoreFailures()
    {
        Assert.False(StoreFailure.Is(null));
        Assert.False(StoreFailure.Is(new InvalidOperationException("A bug.")));
        Assert.False(StoreFailure.Is(new TaskCanceledException()));
    }
}
