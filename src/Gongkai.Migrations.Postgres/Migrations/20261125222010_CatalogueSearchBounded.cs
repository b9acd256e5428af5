using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueSearchBounded : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (ADR-010). One- and two-character queries match titles and 文号 only, newest
            // first: this index holds both, so the scan can be index-only and stops at the cap.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueItems_ShortSearch" ON "CatalogueItems" ("AgencyId", "State", "PublishedOn", "IndexNumber")
                INCLUDE ("Title", "DocumentNumber");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueItems_ShortSearch";""");
        }
    }
}
