using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LpipEvidence.Store.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Review and theme slugs of each indexed row, keyed by the row's SearchIndex rowid: search counts facets
            // and filters on this narrow table instead of reading each matching row's text from the FTS5 content.
            migrationBuilder.Sql("""
                CREATE TABLE SearchFacets (
                    Id INTEGER NOT NULL PRIMARY KEY,
                    Review TEXT NOT NULL,
                    ThemeSlugs TEXT NOT NULL);
                """);

            // Renumber the indexed rows as SearchIndexer now does: findings 1, 2, ... in slug order, reviews from
            // 2^40 and themes from 2^41, each in slug order. Ranking reads a row's kind from its rowid, and rowid
            // order is (kind, slug) order, so ranking never reads the stored text of rows it does not show.
            migrationBuilder.Sql("""
                CREATE TABLE SearchIndexRenumber AS
                SELECT (CASE kind WHEN 'finding' THEN 0 WHEN 'review' THEN 1099511627776 ELSE 2199023255552 END)
                           + row_number() OVER (PARTITION BY kind ORDER BY slug) AS id,
                       kind, slug, review, theme_slugs, title, takeaway, body, themes
                FROM SearchIndex;
                """);
            migrationBuilder.Sql("DELETE FROM SearchIndex;");
            migrationBuilder.Sql("""
                INSERT INTO SearchIndex(rowid, kind, slug, review, theme_slugs, title, takeaway, body, themes)
                SELECT id, kind, slug, review, theme_slugs, title, takeaway, body, themes FROM SearchIndexRenumber ORDER BY id;
                """);
            migrationBuilder.Sql("INSERT INTO SearchFacets(Id, Review, ThemeSlugs) SELECT id, review, theme_slugs FROM SearchIndexRenumber;");
            migrationBuilder.Sql("DROP TABLE SearchIndexRenumber;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchFacets;");
        }
    }
}
