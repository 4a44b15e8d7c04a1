using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassarDalil.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScheduledChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScheduledChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledChanges_Pages_PageId",
                        column: x => x.PageId,
                        principalTable: "Pages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledChanges_DueAt",
                table: "ScheduledChanges",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledChanges_PageId_Action",
                table: "ScheduledChanges",
                columns: new[] { "PageId", "Action" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScheduledChanges");
        }
    }
}
