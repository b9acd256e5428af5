using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the catalogue's full-text index (Art. 24 检索). pg_trgm GIN indexes serve
            // ILIKE '%...%' for queries of three characters or more, Chinese included.
            migrationBuilder.Sql("""CREATE EXTENSION IF NOT EXISTS pg_trgm;""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueItems_Search" ON "CatalogueItems"
                USING gin ("Title" gin_trgm_ops, "DocumentNumber" gin_trgm_ops, "Body" gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueItems_Search";""");
        }
    }
}
