using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.SavedBriefings;

/// <summary>
/// Hands out the provider's own context (<see cref="SqliteBriefingsDbContext"/> or <see cref="PostgresBriefingsDbContext"/>,
/// which carry their own migrations) as the <see cref="BriefingsDbContext"/> the store works with.
/// </summary>
public sealed class BriefingsDbContextFactory(Func<BriefingsDbContext> create) : IDbContextFactory<BriefingsDbContext>
{
    /// <summary>A new context of the configured provider.</summary>
    public BriefingsDbContext CreateDbContext() => create();

    /// <summary>
    /// A factory of plain (unpooled) contexts on <paramref name="connectionString"/>, for tools and tests;
    /// <paramref name="more"/> adds to the options (interceptors, for example).
    /// </summary>
    public static BriefingsDbContextFactory Create(BriefingsProvider provider, string connectionString, Action<DbContextOptionsBuilder>? more = null) => provider switch
    {
        BriefingsProvider.Sqlite => new(() => new SqliteBriefingsDbContext(With(Configure(new DbContextOptionsBuilder<SqliteBriefingsDbContext>(), provider, connectionString), more).Options)),
        BriefingsProvider.Postgres => new(() => new PostgresBriefingsDbContext(With(Configure(new DbContextOptionsBuilder<PostgresBriefingsDbContext>(), provider, connectionString), more).Options)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    private static T With<T>(T options, Action<DbContextOptionsBuilder>? more) where T : DbContextOptionsBuilder
    {
        more?.Invoke(options);
        return options;
    }

    /// <summary>Points <paramref name="options"/> at the store: the one place each provider is set up.</summary>
    public static T Configure<T>(T options, BriefingsProvider provider, string connectionString) where T : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = provider switch
        {
            BriefingsProvider.Sqlite => options.UseSqlite(connectionString),
            BriefingsProvider.Postgres => options.UseNpgsql(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        return options;
    }
}
