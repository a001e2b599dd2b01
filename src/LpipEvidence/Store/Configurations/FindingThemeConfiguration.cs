using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpipEvidence.Store.Configurations;

internal sealed class FindingThemeConfiguration : IEntityTypeConfiguration<FindingTheme>
{
    public void Configure(EntityTypeBuilder<FindingTheme> builder)
    {
        builder.HasKey(ft => new { ft.FindingId, ft.ThemeId });
        builder.HasIndex(ft => ft.ThemeId);
        builder.HasOne(ft => ft.Finding).WithMany(f => f.Themes).HasForeignKey(ft => ft.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(ft => ft.Theme).WithMany(t => t.Findings).HasForeignKey(ft => ft.ThemeId).OnDelete(DeleteBehavior.Cascade);
    }
}
