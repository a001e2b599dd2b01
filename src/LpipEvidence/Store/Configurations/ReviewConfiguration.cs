using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpipEvidence.Store.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.ComplexProperty(r => r.Citation);
        builder.ComplexProperty(r => r.Introduction);
        builder.HasMany(r => r.Authors).WithOne().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Findings).WithOne(f => f.Review).HasForeignKey(f => f.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
