using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.SavedBriefings;

/// <summary>The briefings store in a SQLite file (<c>Briefings:Provider</c> = <c>Sqlite</c>, the default); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteBriefingsDbContext(DbContextOptions<SqliteBriefingsDbContext> options) : BriefingsDbContext(options);
