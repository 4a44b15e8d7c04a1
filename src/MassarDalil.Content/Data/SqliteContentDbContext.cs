using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MassarDalil.Content.Data;

/// <summary>The embedded default. Migrations: <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options)
    : ContentDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type and cannot order DateTimeOffset text; a sortable integer can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
