using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LpipEvidence.Store.Migrations
{
    /// <inheritdoc />
    public partial class AddChangeNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubjectSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeNotes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotes_Date",
                table: "ChangeNotes",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotes_SubjectKind_SubjectSlug_Position",
                table: "ChangeNotes",
                columns: new[] { "SubjectKind", "SubjectSlug", "Position" },
                unique: true);

            // Content imported before this migration has no change notes stored: forget its hash so the next import
            // stores them even when the files have not changed.
            migrationBuilder.Sql("DELETE FROM Imports;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeNotes");
        }
    }
}
