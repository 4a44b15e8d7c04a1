using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassarDalil.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MergeCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "SynonymGroups",
                keyColumn: "Id",
                keyValue: 1,
                column: "Terms",
                value: "[\"massar\",\"masar\",\"مسار\"]");

            migrationBuilder.UpdateData(
                table: "SynonymGroups",
                keyColumn: "Id",
                keyValue: 2,
                column: "Terms",
                value: "[\"moutamadris\",\"motamadris\",\"متمدرس\"]");

            migrationBuilder.UpdateData(
                table: "SynonymGroups",
                keyColumn: "Id",
                keyValue: 3,
                column: "Terms",
                value: "[\"waliye\",\"wali\",\"ولي\",\"وليي\"]");

            migrationBuilder.UpdateData(
                table: "SynonymGroups",
                keyColumn: "Id",
                keyValue: 4,
                column: "Terms",
                value: "[\"كلمة المرور\",\"كلمة السر\",\"القن السري\"]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "SynonymGroups",
                keyColumn: "Id",
                keyValue: 1,
                column: "Terms",
                value: "[\"massar\",\"masar\",\"\\u0645\\u0633\\u0627\\u0631\"]");

            migrationBuilder.UpdateData(
                table: "SynonymGroups",
                keyColumn: "Id",
                keyValue: 2,
                column: "Terms",
                value: "[\"moutamadris\",\"motamadris\",\"\\u0645\\u062A\\u0645\\u062F\\u0631\\u0633\"]");

            migrationBuilder.UpdateData(
                table: "SynonymGroups",
                keyColumn: "Id",
                keyValue: 3,
                column: "Terms",
                value: "[\"waliye\",\"wali\",\"\\u0648\\u0644\\u064A\",\"\\u0648\\u0644\\u064A\\u064A\"]");

            migrationBuilder.UpdateData(
                table: "SynonymGroups",
                keyColumn: "Id",
                keyValue: 4,
                column: "Terms",
                value: "[\"\\u0643\\u0644\\u0645\\u0629 \\u0627\\u0644\\u0645\\u0631\\u0648\\u0631\",\"\\u0643\\u0644\\u0645\\u0629 \\u0627\\u0644\\u0633\\u0631\",\"\\u0627\\u0644\\u0642\\u0646 \\u0627\\u0644\\u0633\\u0631\\u064A\"]");
        }
    }
}
