using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LpipEvidence.SavedBriefings;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteBriefingsDbContext</c> build the model without the web app.</summary>
internal sealed class DesignTimeSqliteBriefingsDbContextFactory : IDesignTimeDbContextFactory<SqliteBriefingsDbContext>
{
    public SqliteBriefingsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBriefingsDbContext>().UseSqlite("Data Source=design-time-briefings.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresBriefingsDbContext</c> build the model; no server is contacted.</summary>
internal sealed class DesignTimePostgresBriefingsDbContextFactory : IDesignTimeDbContextFactory<PostgresBriefingsDbContext>
{
    public PostgresBriefingsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBriefingsDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
