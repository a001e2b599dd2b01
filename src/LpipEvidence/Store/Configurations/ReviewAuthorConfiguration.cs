using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpipEvidence.Store.Configurations;

internal sealed class ReviewAuthorConfiguration : IEntityTypeConfiguration<ReviewAuthor>
{
    public void Configure(EntityTypeBuilder<ReviewAuthor> builder) =>
        builder.HasIndex(a => new { a.ReviewId, a.Position }).IsUnique();
}
