using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the catalogue's full-text index (Art. 24 检索). FTS5 with the trigram tokenizer
            // indexes Chinese without a word segmenter; triggers keep it to the published items.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("ItemId" UNINDEXED, "Title", "DocumentNumber", "Body", tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueSearch_Insert" AFTER INSERT ON "CatalogueItems" WHEN new."State" = 'Published'
                BEGIN
                    INSERT INTO "CatalogueSearch" ("ItemId", "Title", "DocumentNumber", "Body") VALUES (new."Id", new."Title", new."DocumentNumber", new."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueSearch_Update" AFTER UPDATE ON "CatalogueItems"
                BEGIN
                    DELETE FROM "CatalogueSearch" WHERE "ItemId" = old."Id";
                    INSERT INTO "CatalogueSearch" ("ItemId", "Title", "DocumentNumber", "Body") SELECT new."Id", new."Title", new."DocumentNumber", new."Body" WHERE new."State" = 'Published';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueSearch_Delete" AFTER DELETE ON "CatalogueItems"
                BEGIN
                    DELETE FROM "CatalogueSearch" WHERE "ItemId" = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
        }
    }
}
