using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (ADR-011). The two listing indexes of the EF model become covering indexes under
            // their model names: every column a listing or a search stream filters on or returns rides in
            // the index, so walks newest first are index-only, also within one category. The listing index
            // takes over IX_CatalogueItems_Newest (same keys, renamed: no rebuild); the category index is
            // rebuilt with INCLUDE. A model change to either index must keep these INCLUDE columns.
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueItems_AgencyId_State_PublishedOn_IndexNumber";""");
            migrationBuilder.Sql("""ALTER INDEX "IX_CatalogueItems_Newest" RENAME TO "IX_CatalogueItems_AgencyId_State_PublishedOn_IndexNumber";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueItems_CategoryCovering" ON "CatalogueItems" ("AgencyId", "State", "CategoryCode", "PublishedOn", "IndexNumber")
                INCLUDE ("Id", "TopicCode", "Title", "DocumentNumber");
                """);
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueItems_AgencyId_State_CategoryCode_PublishedOn_Inde~";""");
            migrationBuilder.Sql("""ALTER INDEX "IX_CatalogueItems_CategoryCovering" RENAME TO "IX_CatalogueItems_AgencyId_State_CategoryCode_PublishedOn_Inde~";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER INDEX "IX_CatalogueItems_AgencyId_State_PublishedOn_IndexNumber" RENAME TO "IX_CatalogueItems_Newest";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueItems_AgencyId_State_PublishedOn_IndexNumber" ON "CatalogueItems" ("AgencyId", "State", "PublishedOn", "IndexNumber");
                """);
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueItems_AgencyId_State_CategoryCode_PublishedOn_Inde~";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueItems_AgencyId_State_CategoryCode_PublishedOn_Inde~" ON "CatalogueItems" ("AgencyId", "State", "CategoryCode", "PublishedOn", "IndexNumber");
                """);
        }
    }
}
