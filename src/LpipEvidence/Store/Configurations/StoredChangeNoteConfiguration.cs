using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpipEvidence.Store.Configurations;

internal sealed class StoredChangeNoteConfiguration : IEntityTypeConfiguration<StoredChangeNote>
{
    public void Configure(EntityTypeBuilder<StoredChangeNote> builder)
    {
        builder.ToTable("ChangeNotes");
        builder.Property(n => n.SubjectKind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(n => new { n.SubjectKind, n.SubjectSlug, n.Position }).IsUnique();
        // "What's new" and feeds list every note newest first.
        builder.HasIndex(n => n.Date);
    }
}
