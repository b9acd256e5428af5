using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueSearchColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => CreateTables(migrationBuilder);

        /// <summary>This migration's shape of the search tables and triggers; also what <see cref="CatalogueSearchFacets"/> goes back to.</summary>
        internal static void CreateTables(MigrationBuilder migrationBuilder)
        {
            // Hand-written (ADR-010). The search streams read the FTS rows alone: the filter and ordering
            // columns ride along UNINDEXED (no lookup of the item row, and its body, per match), and the
            // titles and 文号 have their own small index, so that "title hits first" does not walk the
            // position lists of every body that holds the term. Rowids stay the items' search keys.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("ItemId" UNINDEXED, "AgencyId" UNINDEXED, "CategoryCode" UNINDEXED, "TopicCode" UNINDEXED, "PublishedOn" UNINDEXED, "IndexNumber" UNINDEXED, "Title", "DocumentNumber", "Body", tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueTitleSearch" USING fts5("ItemId" UNINDEXED, "AgencyId" UNINDEXED, "CategoryCode" UNINDEXED, "TopicCode" UNINDEXED, "PublishedOn" UNINDEXED, "IndexNumber" UNINDEXED, "Title", "DocumentNumber", tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueSearch" (rowid, "ItemId", "AgencyId", "CategoryCode", "TopicCode", "PublishedOn", "IndexNumber", "Title", "DocumentNumber", "Body")
                SELECT k."Key", c."Id", c."AgencyId", c."CategoryCode", c."TopicCode", c."PublishedOn", c."IndexNumber", c."Title", c."DocumentNumber", c."Body"
                FROM "CatalogueSearchKeys" k JOIN "CatalogueItems" c ON c."Id" = k."ItemId" WHERE c."State" = 'Published';
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueTitleSearch" (rowid, "ItemId", "AgencyId", "CategoryCode", "TopicCode", "PublishedOn", "IndexNumber", "Title", "DocumentNumber")
                SELECT rowid, "ItemId", "AgencyId", "CategoryCode", "TopicCode", "PublishedOn", "IndexNumber", "Title", "DocumentNumber" FROM "CatalogueSearch";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueSearch_Insert" AFTER INSERT ON "CatalogueItems" WHEN new."State" = 'Published'
                BEGIN
                    INSERT OR IGNORE INTO "CatalogueSearchKeys" ("ItemId") VALUES (new."Id");
                    INSERT INTO "CatalogueSearch" (rowid, "ItemId", "AgencyId", "CategoryCode", "TopicCode", "PublishedOn", "IndexNumber", "Title", "DocumentNumber", "Body")
                    SELECT "Key", new."Id", new."AgencyId", new."CategoryCode", new."TopicCode", new."PublishedOn", new."IndexNumber", new."Title", new."DocumentNumber", new."Body" FROM "CatalogueSearchKeys" WHERE "ItemId" = new."Id";
                    INSERT INTO "CatalogueTitleSearch" (rowid, "ItemId", "AgencyId", "CategoryCode", "TopicCode", "PublishedOn", "IndexNumber", "Title", "DocumentNumber")
                    SELECT "Key", new."Id", new."AgencyId", new."CategoryCode", new."TopicCode", new."PublishedOn", new."IndexNumber", new."Title", new."DocumentNumber" FROM "CatalogueSearchKeys" WHERE "ItemId" = new."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueSearch_Update" AFTER UPDATE OF "AgencyId", "IndexNumber", "Title", "DocumentNumber", "PublishedOn", "CategoryCode", "TopicCode", "Body", "State" ON "CatalogueItems"
                BEGIN
                    DELETE FROM "CatalogueSearch" WHERE rowid = (SELECT "Key" FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id");
                    DELETE FROM "CatalogueTitleSearch" WHERE rowid = (SELECT "Key" FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id");
                    INSERT OR IGNORE INTO "CatalogueSearchKeys" ("ItemId") SELECT new."Id" WHERE new."State" = 'Published';
                    INSERT INTO "CatalogueSearch" (rowid, "ItemId", "AgencyId", "CategoryCode", "TopicCode", "PublishedOn", "IndexNumber", "Title", "DocumentNumber", "Body")
                    SELECT "Key", new."Id", new."AgencyId", new."CategoryCode", new."TopicCode", new."PublishedOn", new."IndexNumber", new."Title", new."DocumentNumber", new."Body" FROM "CatalogueSearchKeys"
                    WHERE "ItemId" = new."Id" AND new."State" = 'Published';
                    INSERT INTO "CatalogueTitleSearch" (rowid, "ItemId", "AgencyId", "CategoryCode", "TopicCode", "PublishedOn", "IndexNumber", "Title", "DocumentNumber")
                    SELECT "Key", new."Id", new."AgencyId", new."CategoryCode", new."TopicCode", new."PublishedOn", new."IndexNumber", new."Title", new."DocumentNumber" FROM "CatalogueSearchKeys"
                    WHERE "ItemId" = new."Id" AND new."State" = 'Published';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueSearch_Delete" AFTER DELETE ON "CatalogueItems"
                BEGIN
                    DELETE FROM "CatalogueSearch" WHERE rowid = (SELECT "Key" FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id");
                    DELETE FROM "CatalogueTitleSearch" WHERE rowid = (SELECT "Key" FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id");
                    DELETE FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to CatalogueSearchBounded's shape: one FTS table (ItemId, Title, DocumentNumber, Body).
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueTitleSearch";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("ItemId" UNINDEXED, "Title", "DocumentNumber", "Body", tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueSearch" (rowid, "ItemId", "Title", "DocumentNumber", "Body")
                SELECT k."Key", c."Id", c."Title", c."DocumentNumber", c."Body"
                FROM "CatalogueSearchKeys" k JOIN "CatalogueItems" c ON c."Id" = k."ItemId" WHERE c."State" = 'Published';
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
        }
    }
}
