using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.SavedBriefings;

/// <summary>The briefings store on a PostgreSQL server (<c>Briefings:Provider</c> = <c>Postgres</c>); migrations in Migrations/Postgres.</summary>
public sealed class PostgresBriefingsDbContext(DbContextOptions<PostgresBriefingsDbContext> options) : BriefingsDbContext(options);
