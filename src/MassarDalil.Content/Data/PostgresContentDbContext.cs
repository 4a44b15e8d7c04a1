using MassarDalil.Content.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MassarDalil.Content.Data;

/// <summary>For several web servers on one database. Migrations: <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options)
    : ContentDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz stores an instant and Npgsql refuses to write any offset but zero: every value
        // goes in as UTC, whatever clock or import produced it.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Ids 1-4 are inserted by the migration (HasData) without moving the identity sequence:
        // editors' groups start above them.
        builder.Entity<SynonymGroup>().Property(g => g.Id).HasIdentityOptions(startValue: 100);
    }
}

/// <summary>Writes every instant with a zero offset (public so the compiled model can construct it).</summary>
public sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
