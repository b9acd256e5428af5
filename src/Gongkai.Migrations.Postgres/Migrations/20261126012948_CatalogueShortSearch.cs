using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueShortSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing on PostgreSQL: this migration adds SQLite's table for 1–2 character searches (ADR-010);
            // PostgreSQL scans its covering listing index.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
