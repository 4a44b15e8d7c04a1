using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MassarDalil.Content.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context SqliteContentDbContext</c> build the context without
/// starting a host. The connection is never opened when adding a migration.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteContentDbContext>
{
    public SqliteContentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteContentDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>The same for <c>--context PostgresContentDbContext</c>; no server is needed to add a migration.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresContentDbContext>
{
    public PostgresContentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresContentDbContext>().UseNpgsql("Host=localhost;Database=massar_design").Options);
}
