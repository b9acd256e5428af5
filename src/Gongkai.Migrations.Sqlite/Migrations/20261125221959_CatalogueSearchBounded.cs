using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueSearchBounded : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (ADR-010). The FTS rows were found by their UNINDEXED "ItemId", a scan of the
            // whole index on every publication, edit or withdrawal. Now every indexed item has a stable
            // integer key (an INTEGER PRIMARY KEY, which VACUUM keeps, unlike CatalogueItems' implicit
            // rowid) and its FTS row carries that key as its rowid: the triggers delete by rowid, and a
            // search streams the newest matches in rowid order without ranking them all.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
            migrationBuilder.Sql("""
                CREATE TABLE "CatalogueSearchKeys" ("Key" INTEGER PRIMARY KEY AUTOINCREMENT, "ItemId" TEXT NOT NULL UNIQUE);
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("ItemId" UNINDEXED, "Title", "DocumentNumber", "Body", tokenize = 'trigram');
                """);

            // Keys for the items already published, oldest first, so that a higher key means a newer item.
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueSearchKeys" ("ItemId")
                SELECT "Id" FROM "CatalogueItems" WHERE "State" = 'Published' ORDER BY "PublishedOn", "IndexNumber", "Id";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueSearch" (rowid, "ItemId", "Title", "DocumentNumber", "Body")
                SELECT k."Key", c."Id", c."Title", c."DocumentNumber", c."Body"
                FROM "CatalogueSearchKeys" k JOIN "CatalogueItems" c ON c."Id" = k."ItemId";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueSearch_Insert" AFTER INSERT ON "CatalogueItems" WHEN new."State" = 'Published'
                BEGIN
                    INSERT OR IGNORE INTO "CatalogueSearchKeys" ("ItemId") VALUES (new."Id");
                    INSERT INTO "CatalogueSearch" (rowid, "ItemId", "Title", "DocumentNumber", "Body")
                    SELECT "Key", new."Id", new."Title", new."DocumentNumber", new."Body" FROM "CatalogueSearchKeys" WHERE "ItemId" = new."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueSearch_Update" AFTER UPDATE OF "Title", "DocumentNumber", "Body", "State" ON "CatalogueItems"
                BEGIN
                    DELETE FROM "CatalogueSearch" WHERE rowid = (SELECT "Key" FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id");
                    INSERT OR IGNORE INTO "CatalogueSearchKeys" ("ItemId") SELECT new."Id" WHERE new."State" = 'Published';
                    INSERT INTO "CatalogueSearch" (rowid, "ItemId", "Title", "DocumentNumber", "Body")
                    SELECT "Key", new."Id", new."Title", new."DocumentNumber", new."Body" FROM "CatalogueSearchKeys"
                    WHERE "ItemId" = new."Id" AND new."State" = 'Published';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueSearch_Delete" AFTER DELETE ON "CatalogueItems"
                BEGIN
                    DELETE FROM "CatalogueSearch" WHERE rowid = (SELECT "Key" FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id");
                    DELETE FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id";
                END;
                """);

            // One- and two-character queries match titles and 文号 only, newest first: this index holds both,
            // so the scan reads no item row (and no body) and stops at the cap.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueItems_ShortSearch" ON "CatalogueItems" ("AgencyId", "State", "PublishedOn", "IndexNumber", "Title", "DocumentNumber");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the previous shape (FTS rows keyed by an unindexed "ItemId"), rebuilt from the items.
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueItems_ShortSearch";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearchKeys";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("ItemId" UNINDEXED, "Title", "DocumentNumber", "Body", tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueSearch" ("ItemId", "Title", "DocumentNumber", "Body")
                SELECT "Id", "Title", "DocumentNumber", "Body" FROM "CatalogueItems" WHERE "State" = 'Published';
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
    }
}
