using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueSearchFacets : Migration
    {
        /// <summary>
        /// The FTS column that carries an item's filters as search terms (ADR-010, "Filters inside the index"):
        /// 「category」【topic】 and the year as one trigram — U+E100 then two Private Use characters,
        /// U+E000 + century and U+E000 + year in the century. <c>SearchFacets</c> in Gongkai.Application writes
        /// the same terms into the MATCH expression; keep the two in step.
        /// </summary>
        internal static string Facets(string row) =>
            $"""'「' || {row}."CategoryCode" || '」【' || COALESCE({row}."TopicCode", '') || '】' || char(57600, 57344 + CAST(substr({row}."PublishedOn", 1, 4) AS INTEGER) / 100, 57344 + CAST(substr({row}."PublishedOn", 1, 4) AS INTEGER) % 100)""";

        /// <summary>
        /// The first key of <paramref name="row"/>'s agency and publication day, less one: ordinal × 2⁴⁰ + day ×
        /// 2²⁴, the day counted from 1900-01-01 (16 bits, to 2079). Keys sort as (agency, date, order of
        /// publication that day), whatever order the rows were written in.
        /// </summary>
        internal static string DayStart(string row, string ordinal) =>
            $"""({ordinal} << 40) + (MAX(0, MIN(65535, COALESCE(CAST(julianday({row}."PublishedOn") - julianday('1900-01-01') AS INTEGER), 0))) << 24)""";

        /// <summary>A new search key for <paramref name="row"/>: the next one of its agency and publication day.</summary>
        internal static string NextKey(string row) =>
            $"""
            (SELECT d."Start" + 1 + COALESCE((SELECT MAX(k."Key") FROM "CatalogueSearchKeys" k WHERE k."Key" > d."Start" AND k."Key" < d."Start" + 16777216) - d."Start", 0)
             FROM (SELECT {DayStart(row, "a.\"Ordinal\"")} AS "Start" FROM "CatalogueSearchAgencies" a WHERE a."AgencyId" = {row}."AgencyId") d)
            """;

        internal static string InsertRows(string row, string where) =>
            $"""
            INSERT INTO "CatalogueSearch" (rowid, "ItemId", "Title", "DocumentNumber", "Body", "Facets")
            SELECT k."Key", {row}."Id", {row}."Title", {row}."DocumentNumber", {row}."Body", {Facets(row)} FROM "CatalogueSearchKeys" k WHERE k."ItemId" = {row}."Id"{where};
            INSERT INTO "CatalogueTitleSearch" (rowid, "ItemId", "Title", "DocumentNumber", "Facets")
            SELECT k."Key", {row}."Id", {row}."Title", {row}."DocumentNumber", {Facets(row)} FROM "CatalogueSearchKeys" k WHERE k."ItemId" = {row}."Id"{where};
            """;

        internal const string DeleteRows = """
            DELETE FROM "CatalogueSearch" WHERE rowid = (SELECT "Key" FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id");
            DELETE FROM "CatalogueTitleSearch" WHERE rowid = (SELECT "Key" FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id");
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (ADR-010). A filtered search used to walk the term's matches newest first and
            // test each row's filter columns, which read every match when few pass (0.2 s for 100,000). Now
            // every filter is inside the index, where FTS5 intersects the lists itself:
            // - the agency is a rowid range: CatalogueSearchAgencies gives each agency an ordinal, and its
            //   search keys are ordinal × 2⁴⁰ + day × 2²⁴ + 1, 2, ... (DayStart), so that key order is
            //   publication order, the order in which a search lists its hits;
            // - category, topic and year are terms of the indexed column "Facets".
            // The FTS rows keep only the item id and the text; a key exists only while the item is published.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueTitleSearch";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueItems_ShortSearch";"""); // PostgreSQL's; SQLite reads the FTS rows
            migrationBuilder.Sql("""
                CREATE TABLE "CatalogueSearchAgencies" ("Ordinal" INTEGER PRIMARY KEY AUTOINCREMENT, "AgencyId" TEXT NOT NULL UNIQUE);
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueSearchAgencies" ("AgencyId")
                SELECT DISTINCT "AgencyId" FROM "CatalogueItems" WHERE "State" = 'Published' ORDER BY "AgencyId";
                """);
            migrationBuilder.Sql("""DELETE FROM "CatalogueSearchKeys";""");
            migrationBuilder.Sql($"""
                INSERT INTO "CatalogueSearchKeys" ("Key", "ItemId")
                SELECT {DayStart("c", "a.\"Ordinal\"")} + ROW_NUMBER() OVER (PARTITION BY c."AgencyId", c."PublishedOn" ORDER BY c."IndexNumber", c."Id"), c."Id"
                FROM "CatalogueItems" c JOIN "CatalogueSearchAgencies" a ON a."AgencyId" = c."AgencyId" WHERE c."State" = 'Published';
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("ItemId" UNINDEXED, "Title", "DocumentNumber", "Body", "Facets", tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueTitleSearch" USING fts5("ItemId" UNINDEXED, "Title", "DocumentNumber", "Facets", tokenize = 'trigram');
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "CatalogueSearch" (rowid, "ItemId", "Title", "DocumentNumber", "Body", "Facets")
                SELECT k."Key", c."Id", c."Title", c."DocumentNumber", c."Body", {Facets("c")}
                FROM "CatalogueSearchKeys" k JOIN "CatalogueItems" c ON c."Id" = k."ItemId" ORDER BY k."Key";
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "CatalogueTitleSearch" (rowid, "ItemId", "Title", "DocumentNumber", "Facets")
                SELECT k."Key", c."Id", c."Title", c."DocumentNumber", {Facets("c")}
                FROM "CatalogueSearchKeys" k JOIN "CatalogueItems" c ON c."Id" = k."ItemId" ORDER BY k."Key";
                """);
            CreateTriggers(migrationBuilder);
        }

        /// <summary>
        /// The three triggers that keep the search tables in step with <c>CatalogueItems</c>; a later migration
        /// adds its own statements for another table (<paramref name="alsoInsert"/>(row, where), run after the
        /// FTS rows are written; <paramref name="alsoDelete"/>, run before the key is given up).
        /// </summary>
        internal static void CreateTriggers(MigrationBuilder migrationBuilder, Func<string, string, string> alsoInsert = null, string alsoDelete = "")
        {
            alsoInsert ??= (_, _) => "";
            migrationBuilder.Sql($"""
                CREATE TRIGGER "CatalogueSearch_Insert" AFTER INSERT ON "CatalogueItems" WHEN new."State" = 'Published'
                BEGIN
                    INSERT OR IGNORE INTO "CatalogueSearchAgencies" ("AgencyId") VALUES (new."AgencyId");
                    INSERT OR IGNORE INTO "CatalogueSearchKeys" ("Key", "ItemId") VALUES ({NextKey("new")}, new."Id");
                    {InsertRows("new", "")}
                    {alsoInsert("new", "")}
                END;
                """);

            // An edit re-indexes the row under its key; leaving "Published" (withdrawal), or a new agency or
            // publication date, gives the key up, so that keys are exactly the published items, in order.
            migrationBuilder.Sql($"""
                CREATE TRIGGER "CatalogueSearch_Update" AFTER UPDATE OF "AgencyId", "Title", "DocumentNumber", "PublishedOn", "CategoryCode", "TopicCode", "Body", "State" ON "CatalogueItems"
                BEGIN
                    {DeleteRows}
                    {alsoDelete}
                    DELETE FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id" AND (new."State" <> 'Published' OR new."AgencyId" <> old."AgencyId" OR new."PublishedOn" IS NOT old."PublishedOn");
                    INSERT OR IGNORE INTO "CatalogueSearchAgencies" ("AgencyId") SELECT new."AgencyId" WHERE new."State" = 'Published';
                    INSERT OR IGNORE INTO "CatalogueSearchKeys" ("Key", "ItemId") SELECT {NextKey("new")}, new."Id" WHERE new."State" = 'Published';
                    {InsertRows("new", " AND new.\"State\" = 'Published'")}
                    {alsoInsert("new", " AND new.\"State\" = 'Published'")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "CatalogueSearch_Delete" AFTER DELETE ON "CatalogueItems"
                BEGIN
                    {DeleteRows}
                    {alsoDelete}
                    DELETE FROM "CatalogueSearchKeys" WHERE "ItemId" = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to CatalogueSearchColumns' tables; the per-agency keys stay valid (unique integers).
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueTitleSearch";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearchAgencies";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueItems_ShortSearch" ON "CatalogueItems" ("AgencyId", "State", "PublishedOn", "IndexNumber", "Title", "DocumentNumber");
                """);
            CatalogueSearchColumns.CreateTables(migrationBuilder);
        }
    }
}
