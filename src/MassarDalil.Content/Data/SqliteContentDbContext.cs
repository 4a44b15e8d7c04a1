using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MassarDalil.Content.Data;

/// <summary>The embedded default. Migrations: <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options)
    : ContentDbContext(options)
{
    public override async Task<IDbContextTransaction> BeginConsistentReadAsync(CancellationToken cancellationToken = default)
    {
        // Deferred (BEGIN), not the provider's BEGIN IMMEDIATE, which takes the write lock and would keep every publish
        // waiting for the whole read. In WAL mode, the database's, the reads see it as it was at the first of them.
        // Not owned by EF: closing the connection, when the context goes, rolls back one that was not committed.
        await Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)Database.GetDbConnection()).BeginTransaction(deferred: true);
        return (await Database.UseTransactionAsync(transaction, cancellationToken))!;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type and cannot order DateTimeOffset text; a sortable integer can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
