using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueSearchColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing on PostgreSQL: this migration reshapes SQLite's FTS5 tables (ADR-010); pg_trgm
            // indexes the item table itself.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
