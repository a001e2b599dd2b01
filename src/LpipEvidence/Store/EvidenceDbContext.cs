using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Store;

/// <summary>The evidence store: reviews, findings, themes and the import log, in SQLite.</summary>
public sealed class EvidenceDbContext(DbContextOptions<EvidenceDbContext> options) : DbContext(options)
{
    /// <summary>The reviews.</summary>
    public DbSet<Review> Reviews => Set<Review>();
    /// <summary>The reviews' authors.</summary>
    public DbSet<ReviewAuthor> ReviewAuthors => Set<ReviewAuthor>();
    /// <summary>The key findings.</summary>
    public DbSet<Finding> Findings => Set<Finding>();
    /// <summary>The themes.</summary>
    public DbSet<Theme> Themes => Set<Theme>();
    /// <summary>Which findings are filed under which themes.</summary>
    public DbSet<FindingTheme> FindingThemes => Set<FindingTheme>();
    /// <summary>The log of imports that changed the store.</summary>
    public DbSet<ContentImport> Imports => Set<ContentImport>();
    /// <summary>The synonym groups search expands queries with.</summary>
    public DbSet<SearchSynonym> SearchSynonyms => Set<SearchSynonym>();
    /// <summary>The change notes of reviews, findings and themes.</summary>
    public DbSet<StoredChangeNote> ChangeNotes => Set<StoredChangeNote>();

    /// <summary>Applies every entity configuration in Store/Configurations.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvidenceDbContext).Assembly);
}
