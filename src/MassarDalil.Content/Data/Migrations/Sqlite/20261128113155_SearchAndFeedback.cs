using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace MassarDalil.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchAndFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnswerVotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Helpful = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Ballot = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerVotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SynonymGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Terms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SynonymGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnansweredSearches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnansweredSearches", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SynonymGroups",
                columns: new[] { "Id", "Terms", "UpdatedAt", "UpdatedBy" },
                values: new object[,]
                {
                    { 1, "[\"massar\",\"masar\",\"\\u0645\\u0633\\u0627\\u0631\"]", 1272537022464000000L, "seed" },
                    { 2, "[\"moutamadris\",\"motamadris\",\"\\u0645\\u062A\\u0645\\u062F\\u0631\\u0633\"]", 1272537022464000000L, "seed" },
                    { 3, "[\"waliye\",\"wali\",\"\\u0648\\u0644\\u064A\",\"\\u0648\\u0644\\u064A\\u064A\"]", 1272537022464000000L, "seed" },
                    { 4, "[\"\\u0643\\u0644\\u0645\\u0629 \\u0627\\u0644\\u0645\\u0631\\u0648\\u0631\",\"\\u0643\\u0644\\u0645\\u0629 \\u0627\\u0644\\u0633\\u0631\",\"\\u0627\\u0644\\u0642\\u0646 \\u0627\\u0644\\u0633\\u0631\\u064A\"]", 1272537022464000000L, "seed" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnswerVotes_Ballot",
                table: "AnswerVotes",
                column: "Ballot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnswerVotes_Language_QuestionKey",
                table: "AnswerVotes",
                columns: new[] { "Language", "QuestionKey" });

            migrationBuilder.CreateIndex(
                name: "IX_UnansweredSearches_Day",
                table: "UnansweredSearches",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_UnansweredSearches_Language_Text_Day",
                table: "UnansweredSearches",
                columns: new[] { "Language", "Text", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnswerVotes");

            migrationBuilder.DropTable(
                name: "SynonymGroups");

            migrationBuilder.DropTable(
                name: "UnansweredSearches");
        }
    }
}
