using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpipEvidence.Store.Configurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.HasIndex(f => new { f.ReviewId, f.Order });
        builder.ComplexProperty(f => f.Body);
        builder.ComplexProperty(f => f.Takeaway);
    }
}
