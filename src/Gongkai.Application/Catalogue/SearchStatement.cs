using System.Globalization;
using System.Text;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// The SQL of one catalogue search (ADR-010). Every value becomes a parameter (<c>{0}</c>, <c>{1}</c>, ...);
/// only fixed fragments and integers are spliced in. A search with text ranks a bounded candidate set: at
/// most <see cref="CatalogueQuery.ResultCap"/> + 1 of the newest title/文号 hits (tier 0) and as many of the
/// newest hits anywhere (tier 1), so its cost follows the cap, not the number of matches. PostgreSQL lists
/// the candidates ("Hits": Id, Tier, PublishedOn, IndexNumber) and orders them by date; SQLite ranks search
/// keys ("Ranked": Key, Tier), which are numbered per agency in publication order, and reads nothing but
/// its FTS5 indexes until the page's own keys.
/// </summary>
internal sealed class SearchStatement(CatalogueQuery query, bool sqlite)
{
    private const string Published = nameof(PublicationState.Published);

    private readonly List<object> _parameters = [];

    public object[] Parameters => [.. _parameters];

    private static string Limit => (CatalogueQuery.ResultCap + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string P(object value)
    {
        _parameters.Add(value);
        return "{" + (_parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }

    /// <summary>The agency, published state and the chosen category, topic and year, on the alias <paramref name="c"/>.</summary>
    public string Filters(string c = "c", bool agencyOnly = false)
    {
        var filters = $"{c}.\"AgencyId\" = {(sqlite ? AgencyParameter() : P(query.AgencyId))} AND {c}.\"State\" = {P(Published)}";
        return agencyOnly ? filters
            : filters + Narrowing(c, year => $"{c}.\"PublishedOn\" BETWEEN {Date(new DateOnly(year, 1, 1))} AND {Date(new DateOnly(year, 12, 31))}");
    }

    /// <summary>" AND ..." for the chosen category, topic and year (<paramref name="inYear"/>), on the alias <paramref name="c"/>.</summary>
    private string Narrowing(string c, Func<int, string> inYear)
    {
        var filters = "";
        if (!string.IsNullOrEmpty(query.CategoryCode))
        {
            filters += $" AND {c}.\"CategoryCode\" = {P(query.CategoryCode)}";
        }

        if (!string.IsNullOrEmpty(query.TopicCode))
        {
            filters += $" AND {c}.\"TopicCode\" = {P(query.TopicCode)}";
        }

        if (query.Year is { } year)
        {
            filters += " AND " + inYear(year);
        }

        return filters;
    }

    /// <summary>
    /// The candidate set for <paramref name="text"/>, by its length and the database: PostgreSQL's "Hits"
    /// query, or SQLite's common table expressions that end in "Ranked".
    /// </summary>
    public string Candidates(string text) =>
        text.Length >= CatalogueQuery.TrigramLength ? (sqlite ? FtsCandidates(text) : TrigramCandidates(text))
        : sqlite ? ShortTableCandidates(text) : ShortCandidates(text);

    /// <summary>
    /// SQLite: the page's query returns the number of candidates even when the page is empty (one row, no
    /// id), so a search never matches its text twice. PostgreSQL's page carries it on its rows only.
    /// </summary>
    public bool PageCarriesTotal => sqlite;

    /// <summary>
    /// The page of a candidate set: title/文号 hits first, then the newest, with the number of candidates
    /// (at most twice the cap) on every row — on SQLite also on a row with no id when the page is empty.
    /// </summary>
    public string Page(string candidates, int take, int skip) => sqlite
        ? $"WITH {candidates}, \"Page\" AS (SELECT \"Key\", \"Tier\" FROM \"Ranked\" "
            + $"ORDER BY \"Tier\", \"Key\" DESC LIMIT {take.ToString(CultureInfo.InvariantCulture)} OFFSET {skip.ToString(CultureInfo.InvariantCulture)}) "
            + "SELECT k.\"ItemId\" AS \"Id\", t.\"Total\" AS \"Total\" FROM (SELECT COUNT(*) AS \"Total\" FROM \"Ranked\") t "
            + "LEFT JOIN \"Page\" p ON 1 = 1 LEFT JOIN \"CatalogueSearchKeys\" k ON k.\"Key\" = p.\"Key\" ORDER BY p.\"Tier\", p.\"Key\" DESC"
        : $"WITH \"Hits\" AS ({candidates}), {Ranked} SELECT \"Id\", COUNT(*) OVER () AS \"Total\" FROM \"Ranked\" "
            + $"ORDER BY \"Tier\", \"PublishedOn\" DESC, \"IndexNumber\" DESC LIMIT {take.ToString(CultureInfo.InvariantCulture)} OFFSET {skip.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>PostgreSQL: the number of candidates, for a page that holds no row to carry it.</summary>
    public static string Count(string candidates) =>
        $"WITH \"Hits\" AS ({candidates}), {Ranked} SELECT COUNT(*) AS \"Value\" FROM \"Ranked\"";

    private static string Ranked =>
        "\"Ranked\" AS (SELECT \"Id\", MIN(\"Tier\") AS \"Tier\", MAX(\"PublishedOn\") AS \"PublishedOn\", MAX(\"IndexNumber\") AS \"IndexNumber\" FROM \"Hits\" GROUP BY \"Id\")";

    /// <summary>
    /// SQLite: the FTS5 trigram tables, read newest first (by search key) and stopped at the cap, with the
    /// agency as a range of keys and the other filters as <c>Facets</c> terms (<see cref="SearchFacets"/>),
    /// so FTS5 intersects the lists and no row is read per match; no bm25 over every match. Tier 0 reads the
    /// small title/文号 table, so a title hit is never crowded out by newer body hits; tier 1 holds the other
    /// newest hits.
    /// </summary>
    private string FtsCandidates(string text)
    {
        var agency = AgencyParameter();
        return $"\"Tier0\" AS MATERIALIZED ({FtsStream("CatalogueTitleSearch", SearchFacets.Match(text, "Title DocumentNumber", query), agency)}), "
            + $"\"Tier1\" AS ({FtsStream("CatalogueSearch", SearchFacets.Match(text, "Title DocumentNumber Body", query), agency, TierOneLimit)}), "
            + "\"Ranked\" AS MATERIALIZED (SELECT \"Key\", 0 AS \"Tier\" FROM \"Tier0\" UNION ALL SELECT \"Key\", 1 FROM \"Tier1\" WHERE \"Key\" NOT IN (SELECT \"Key\" FROM \"Tier0\"))";
    }

    private string FtsStream(string table, string match, string agency, string? limit = null) =>
        $"SELECT s.rowid AS \"Key\" FROM \"{table}\" s WHERE s.\"{table}\" MATCH {P(match)} AND {KeyRange("s.rowid", agency)} "
        + $"ORDER BY s.rowid DESC LIMIT {limit ?? Limit}";

    /// <summary>
    /// SQLite: tier 1 is not read when tier 0 holds more than the cap — the page (within the first 1,000)
    /// and the count ("超过") are tier 0's alone. A LIMIT is evaluated once, before the scan, and a LIMIT of
    /// 0 skips it.
    /// </summary>
    private static string TierOneLimit =>
        $"(CASE WHEN (SELECT COUNT(*) FROM \"Tier0\") > {CatalogueQuery.ResultCap.ToString(CultureInfo.InvariantCulture)} THEN 0 ELSE {Limit} END)";

    /// <summary>
    /// SQLite: the agency's search keys, ordinal × 2⁴⁰ &lt; key &lt; (ordinal + 1) × 2⁴⁰ (migration
    /// <c>CatalogueSearchFacets</c>), from <paramref name="since"/> if given; an agency with nothing
    /// published has no ordinal and no keys. One lower bound only: FTS5 uses a single one, so a second would
    /// be tested row by row.
    /// </summary>
    private static string KeyRange(string key, string agency, string? since = null)
    {
        var ordinal = $"(SELECT a.\"Ordinal\" FROM \"CatalogueSearchAgencies\" a WHERE a.\"AgencyId\" = {agency})";
        var first = $"({ordinal} << 40) + 1";
        return $"{key} >= {(since is null ? first : $"MAX({first}, {since})")} AND {key} < (({ordinal} + 1) << 40)";
    }

    private string AgencyParameter() => P(query.AgencyId.ToString().ToUpperInvariant());

    /// <summary>
    /// PostgreSQL: LIKE/ILIKE served by the pg_trgm GIN index or by a newest-first, index-only walk of a
    /// covering listing index (ADR-011), whichever the planner finds cheaper, stopped at the cap. Tier 1
    /// reads the bodies alone: the newest hits anywhere are among the newest title/文号 hits and the newest
    /// body hits, and what lies beyond those is never listed (it ranks after cap + 1 others). When tier 0
    /// already holds more than the cap, tier 1 cannot change the page or the count and is not run.
    /// </summary>
    private string TrigramCandidates(string text)
    {
        var like = Like(text);
        var pattern = ContainsPattern(text);
        var titles = $"({Matches("c.\"Title\"", like, pattern)} OR {Matches("c.\"DocumentNumber\"", like, pattern)})";
        var bodies = Matches("c.\"Body\"", like, pattern);
        var cap = CatalogueQuery.ResultCap.ToString(CultureInfo.InvariantCulture);
        return $"WITH \"Tier0\" AS ({ItemStream("0", titles, "TitleHits")}) SELECT * FROM \"Tier0\" UNION ALL "
            + $"SELECT * FROM ({ItemStream("1", bodies, "BodyHits")}) AS \"Tier1\" WHERE (SELECT COUNT(*) FROM \"Tier0\") <= {cap}";
    }

    /// <summary>
    /// One or two characters, which no trigram can index: titles and 文号 only (never the bodies), of the
    /// agency's newest <see cref="CatalogueQuery.ShortQueryWindow"/> published items (counted before the
    /// category, topic and year filters, so that a filter cannot stretch the scan) — it stops at the cap or
    /// at the window's oldest publication date, whichever comes first. PostgreSQL: an index-only walk of
    /// a covering listing index, which includes both columns (ADR-011).
    /// </summary>
    private string ShortCandidates(string text)
    {
        var like = Like(text);
        var pattern = ContainsPattern(text);
        var since = $"COALESCE((SELECT w.\"PublishedOn\" FROM \"CatalogueItems\" w WHERE {Filters("w", agencyOnly: true)} "
            + $"ORDER BY w.\"PublishedOn\" DESC, w.\"IndexNumber\" DESC LIMIT 1 OFFSET {WindowOffset}), {Date(DateOnly.MinValue)})";
        var condition = $"c.\"PublishedOn\" >= {since} AND ({Matches("c.\"Title\"", like, pattern)} OR {Matches("c.\"DocumentNumber\"", like, pattern)})";
        var tier = $"CASE WHEN {Matches("c.\"Title\"", like, pattern)} THEN 0 ELSE 1 END";
        return ItemStream(tier, condition, "Short");
    }

    /// <summary>
    /// SQLite: the same, over <c>CatalogueShortSearch</c> — a plain table of each published item's title,
    /// 文号 and filter columns under its search key (migration <c>CatalogueShortSearch</c>), scanned newest
    /// key first, three times faster than the FTS table's content. The window is the agency's newest keys
    /// before the category, topic and year filters, so a filter cannot stretch it.
    /// </summary>
    private string ShortTableCandidates(string text)
    {
        var agency = AgencyParameter();
        var pattern = ContainsPattern(text);
        var since = $"COALESCE((SELECT w.\"Key\" FROM \"CatalogueSearchKeys\" w WHERE {KeyRange("w.\"Key\"", agency)} "
            + $"ORDER BY w.\"Key\" DESC LIMIT 1 OFFSET {WindowOffset}), 0)";
        var filters = Narrowing("s", year => $"s.\"Year\" = {P(year)}");
        return "\"Ranked\" AS MATERIALIZED (SELECT s.\"Key\" AS \"Key\", "
            + $"CASE WHEN {Matches("s.\"Title\"", "LIKE", pattern)} THEN 0 ELSE 1 END AS \"Tier\" "
            + $"FROM \"CatalogueShortSearch\" s WHERE {KeyRange("s.\"Key\"", agency, since)}{filters} "
            + $"AND ({Matches("s.\"Title\"", "LIKE", pattern)} OR {Matches("s.\"DocumentNumber\"", "LIKE", pattern)}) "
            + $"ORDER BY s.\"Key\" DESC LIMIT {Limit})";
    }

    private string ItemStream(string tier, string condition, string alias) =>
        $"SELECT * FROM (SELECT c.\"Id\" AS \"Id\", {tier} AS \"Tier\", c.\"PublishedOn\" AS \"PublishedOn\", c.\"IndexNumber\" AS \"IndexNumber\" "
        + $"FROM \"CatalogueItems\" c WHERE {Filters()} AND {condition} "
        + $"ORDER BY c.\"PublishedOn\" DESC, c.\"IndexNumber\" DESC LIMIT {Limit}) AS \"{alias}\"";

    /// <summary>
    /// PostgreSQL: plain LIKE when no character of the term has case (Chinese characters, digits,
    /// punctuation) — the same matches as ILIKE, which lower-cases every row's text first and costs about
    /// four times as much per row walked or rechecked; ILIKE otherwise (Latin letters, e.g. 「PM2.5」, and
    /// anything else that might have case, such as circled letters).
    /// </summary>
    private static string Like(string text) =>
        text.EnumerateRunes().All(r => Rune.GetUnicodeCategory(r) is UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol
            or UnicodeCategory.CurrencySymbol)
            ? "LIKE" : "ILIKE";

    private string Date(DateOnly date) =>
        sqlite ? P(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : P(date);

    /// <summary>The 1–2 character window's last item, counted from the newest.</summary>
    private static string WindowOffset => (CatalogueQuery.ShortQueryWindow - 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A parameter for "contains <paramref name="text"/>", its LIKE wildcards escaped with a backslash.</summary>
    private string ContainsPattern(string text) =>
        P("%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");

    /// <summary><paramref name="column"/> LIKE (or ILIKE) the <see cref="ContainsPattern"/> <paramref name="pattern"/>.</summary>
    private static string Matches(string column, string like, string pattern) => $"{column} {like} {pattern} ESCAPE '\\'";
}
