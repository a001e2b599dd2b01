using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LpipEvidence.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeEvidenceDbContextFactory : IDesignTimeDbContextFactory<EvidenceDbContext>
{
    public EvidenceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EvidenceDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
