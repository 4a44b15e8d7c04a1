using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassarDalil.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EncryptedWebhookSecrets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing to do: SQLite does not enforce text lengths. The model's longer webhook secret
            // (PostgreSQL widens its column) is recorded in the snapshot.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
