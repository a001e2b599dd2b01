using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Store;

/// <summary>The evidence store: reviews, findings, themes and the import log, in SQLite.</summary>
public sealed class EvidenceDbContext(DbContextOptions<EvidenceDbContext> options) : DbContext(options)
{
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewAuthor> ReviewAuthors => Set<ReviewAuthor>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<FindingTheme> FindingThemes => Set<FindingTheme>();
    public DbSet<ContentImport> Imports => Set<ContentImport>();
    public DbSet<SearchSynonym> SearchSynonyms => Set<SearchSynonym>();
    public DbSet<StoredChangeNote> ChangeNotes => Set<StoredChangeNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvidenceDbContext).Assembly);
}
