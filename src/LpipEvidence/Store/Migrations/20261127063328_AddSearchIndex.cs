using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LpipEvidence.Store.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchSynonyms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Group = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Phrase = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchSynonyms", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchSynonyms_Group_Position",
                table: "SearchSynonyms",
                columns: new[] { "Group", "Position" },
                unique: true);

            // Full-text index of findings, reviews and themes. Ranking weights follow the column order:
            // kind, slug, review, theme_slugs are stored for results and filters only (UNINDEXED).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchIndex USING fts5(
                    kind UNINDEXED, slug UNINDEXED, review UNINDEXED, theme_slugs UNINDEXED,
                    title, takeaway, body, themes,
                    tokenize = 'porter unicode61 remove_diacritics 2');
                """);

            // The same text without stemming, content-less: its vocabulary gives real words for prefix
            // completion and "Did you mean" (the stemmed index only knows stems such as "evalu").
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchSpelling USING fts5(
                    text, content = '', tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchSpellingVocab USING fts5vocab(SearchSpelling, 'row');");

            // Content imported before this migration has no index yet: forget its hash so the next import rebuilds it.
            migrationBuilder.Sql("DELETE FROM Imports;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchSpellingVocab;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchSpelling;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");

            migrationBuilder.DropTable(
                name: "SearchSynonyms");
        }
    }
}
