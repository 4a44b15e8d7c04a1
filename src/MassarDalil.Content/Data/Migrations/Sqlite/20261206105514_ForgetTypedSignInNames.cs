using MassarDalil.Content.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassarDalil.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ForgetTypedSignInNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Data only: no table changes. See TypedSignInNames for which rows and why.
            migrationBuilder.Sql(TypedSignInNames.ForgetSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // What was typed is gone, and putting it back would break the promise anyway.
        }
    }
}
