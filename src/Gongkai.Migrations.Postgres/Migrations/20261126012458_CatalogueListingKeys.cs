using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueListingKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (ADR-011). The listing's keys and the item id only: a deep listing page and the
            // newest-10,000 window of a one- or two-character search skip index entries a third the size of
            // the covering listing index's, whose titles they do not need.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueItems_ListingKeys" ON "CatalogueItems" ("AgencyId", "State", "PublishedOn", "IndexNumber")
                INCLUDE ("Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueItems_ListingKeys";""");
        }
    }
}
