using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueListingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CatalogueItems_AgencyId_CategoryCode_PublishedOn",
                table: "CatalogueItems");

            migrationBuilder.DropIndex(
                name: "IX_CatalogueItems_AgencyId_State_PublishedOn",
                table: "CatalogueItems");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItems_AgencyId_State_CategoryCode_PublishedOn_Inde~",
                table: "CatalogueItems",
                columns: new[] { "AgencyId", "State", "CategoryCode", "PublishedOn", "IndexNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItems_AgencyId_State_PublishedOn_IndexNumber",
                table: "CatalogueItems",
                columns: new[] { "AgencyId", "State", "PublishedOn", "IndexNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CatalogueItems_AgencyId_State_CategoryCode_PublishedOn_Inde~",
                table: "CatalogueItems");

            migrationBuilder.DropIndex(
                name: "IX_CatalogueItems_AgencyId_State_PublishedOn_IndexNumber",
                table: "CatalogueItems");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItems_AgencyId_CategoryCode_PublishedOn",
                table: "CatalogueItems",
                columns: new[] { "AgencyId", "CategoryCode", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItems_AgencyId_State_PublishedOn",
                table: "CatalogueItems",
                columns: new[] { "AgencyId", "State", "PublishedOn" });
        }
    }
}
