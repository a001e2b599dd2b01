using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpipEvidence.Store.Configurations;

internal sealed class ContentImportConfiguration : IEntityTypeConfiguration<ContentImport>
{
    public void Configure(EntityTypeBuilder<ContentImport> builder) => builder.ToTable("Imports");
}
