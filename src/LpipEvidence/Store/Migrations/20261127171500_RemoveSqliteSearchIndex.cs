using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LpipEvidence.Store.Migrations
{
    /// <inheritdoc />
    public partial class RemoveSqliteSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search now has its own Lucene index next to the database file, built from the store (see
            // SearchIndexManager); the FTS5 index, its spelling vocabulary and the facet table go. The synonyms stay:
            // they are content, and the search index is built from them.
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchSpellingVocab;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchSpelling;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchFacets;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchIndex USING fts5(
                    kind UNINDEXED, slug UNINDEXED, review UNINDEXED, theme_slugs UNINDEXED,
                    title, takeaway, body, themes,
                    tokenize = 'porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchSpelling USING fts5(
                    text, content = '', tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchSpellingVocab USING fts5vocab(SearchSpelling, 'row');");
            migrationBuilder.Sql("""
                CREATE TABLE SearchFacets (
                    Id INTEGER NOT NULL PRIMARY KEY,
                    Review TEXT NOT NULL,
                    ThemeSlugs TEXT NOT NULL);
                """);
            // The recreated tables are empty: forget the imported hash so the next import fills them.
            migrationBuilder.Sql("DELETE FROM Imports;");
        }
    }
}
