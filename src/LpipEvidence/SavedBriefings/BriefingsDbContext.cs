using LpipEvidence.Briefings;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.SavedBriefings;

/// <summary>
/// The briefings store: saved briefings and their findings. It is kept apart from the evidence store, which is
/// rebuilt from content and may be a read-only artifact, while saved briefings are what readers made and must last.
/// One model, two providers, each with its own migrations: <see cref="SqliteBriefingsDbContext"/> (the default, a
/// file beside the evidence store) and <see cref="PostgresBriefingsDbContext"/> (shared by several instances).
/// </summary>
public abstract class BriefingsDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Longest finding slug (<see cref="Content.Slug.IsValid"/>).</summary>
    private const int MaxSlugLength = 120;

    /// <summary>The saved briefings.</summary>
    public DbSet<SavedBriefing> Briefings => Set<SavedBriefing>();
    /// <summary>The findings of the saved briefings, in order.</summary>
    public DbSet<SavedBriefingFinding> BriefingFindings => Set<SavedBriefingFinding>();

    // Configured here rather than with IEntityTypeConfiguration classes: the evidence store applies every such class
    // in this assembly, and these tables must never be part of it (nor of its read-only artifact).
    /// <summary>Maps the two tables; see the comment above for why here.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SavedBriefing>(briefing =>
        {
            briefing.ToTable("Briefings");
            briefing.HasKey(b => b.Id);
            briefing.Property(b => b.Id).HasMaxLength(BriefingId.Length).IsUnicode(false);
            briefing.Property(b => b.Title).HasMaxLength(BriefingLimits.MaxTitleLength);
            briefing.Property(b => b.Note).HasMaxLength(BriefingLimits.MaxNoteLength);
            briefing.Property(b => b.PreparedBy).HasMaxLength(BriefingLimits.MaxPreparedByLength);
            // The daily clean-up deletes by expiry.
            briefing.HasIndex(b => b.ExpiresAt);
            briefing.HasMany(b => b.Findings).WithOne().HasForeignKey(f => f.BriefingId).OnDelete(DeleteBehavior.Cascade);
            briefing.Navigation(b => b.Findings).AutoInclude();
        });
        modelBuilder.Entity<SavedBriefingFinding>(finding =>
        {
            finding.ToTable("BriefingFindings");
            finding.HasKey(f => new { f.BriefingId, f.Position });
            finding.Property(f => f.BriefingId).HasMaxLength(BriefingId.Length).IsUnicode(false);
            finding.Property(f => f.Slug).HasMaxLength(MaxSlugLength);
        });
    }
}
