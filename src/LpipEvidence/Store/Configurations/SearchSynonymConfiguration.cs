using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpipEvidence.Store.Configurations;

internal sealed class SearchSynonymConfiguration : IEntityTypeConfiguration<SearchSynonym>
{
    public void Configure(EntityTypeBuilder<SearchSynonym> builder) => builder.HasIndex(s => new { s.Group, s.Position }).IsUnique();
}
