using System.Globalization;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// <see cref="ICatalogueSearch"/> on either database. With no text it lists items newest first; with text
/// SQLite asks the FTS5 trigram table <c>CatalogueSearch</c> (bm25, title weighted) and PostgreSQL the
/// pg_trgm index over the same columns (title hits first, then word similarity). One- and two-character
/// queries, which no trigram can index, are substring scans (LIKE/ILIKE) ranked the same way.
/// </summary>
public sealed class CatalogueSearch(GongkaiDbContext db, CatalogueTallies tallies) : ICatalogueSearch
{
    private const string Published = nameof(PublicationState.Published);

    /// <summary>Enough raw text for a 120-character excerpt even if every other character is a line break.</summary>
    private const int ListingBodyLength = 241;

    public async Task<CataloguePage> SearchAsync(CatalogueQuery query, CancellationToken cancellationToken = default)
    {
        var text = query.Trimmed;
        var sqlite = db.Database.IsSqlite();
        var parameters = new List<object>();
        string P(object value)
        {
            parameters.Add(value);
            return "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }

        var filters = $"c.\"AgencyId\" = {P(sqlite ? query.AgencyId.ToString().ToUpperInvariant() : query.AgencyId)} AND c.\"State\" = {P(Published)}";
        if (!string.IsNullOrEmpty(query.CategoryCode))
        {
            filters += $" AND c.\"CategoryCode\" = {P(query.CategoryCode)}";
        }

        if (!string.IsNullOrEmpty(query.TopicCode))
        {
            filters += $" AND c.\"TopicCode\" = {P(query.TopicCode)}";
        }

        if (query.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            filters += sqlite
                ? $" AND c.\"PublishedOn\" BETWEEN {P(Iso(first))} AND {P(Iso(last))}"
                : $" AND c.\"PublishedOn\" BETWEEN {P(first)} AND {P(last)}";
        }

        string from;
        string order;
        if (text.Length == 0)
        {
            from = "\"CatalogueItems\" c";
            order = "c.\"PublishedOn\" DESC, c.\"IndexNumber\" DESC";
        }
        else if (sqlite && text.Length >= CatalogueQuery.TrigramLength)
        {
            // bm25 is ranked inside the FTS query: FTS5 refuses its functions next to a window function.
            var match = P("\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            from = "(SELECT \"ItemId\", bm25(\"CatalogueSearch\", 0.0, 10.0, 5.0, 1.0) AS \"Rank\" FROM \"CatalogueSearch\" "
                + $"WHERE \"CatalogueSearch\" MATCH {match}) s JOIN \"CatalogueItems\" c ON c.\"Id\" = s.\"ItemId\"";
            order = "s.\"Rank\", c.\"PublishedOn\" DESC";
        }
        else
        {
            var like = sqlite ? "LIKE" : "ILIKE";
            var pattern = P("%" + EscapeLike(text) + "%");
            from = "\"CatalogueItems\" c";
            filters += $" AND (c.\"Title\" {like} {pattern} ESCAPE '\\' OR c.\"DocumentNumber\" {like} {pattern} ESCAPE '\\' OR c.\"Body\" {like} {pattern} ESCAPE '\\')";
            var titleHit = $"CASE WHEN c.\"Title\" {like} {pattern} ESCAPE '\\' THEN 0 ELSE 1 END";
            order = sqlite || text.Length < CatalogueQuery.TrigramLength
                ? $"{titleHit}, c.\"PublishedOn\" DESC"
                : $"{titleHit}, word_similarity({P(text)}, c.\"Title\") DESC, c.\"PublishedOn\" DESC";
        }

        // Every value is a parameter; only fixed SQL fragments and integers are spliced in. A search counts
        // its matches in the page's own query (COUNT(*) OVER ()), so the text is matched once, not twice;
        // a plain listing takes its total from the tallies and reads no more of the index than the page.
        var limit = $"LIMIT {query.SafePageSize.ToString(CultureInfo.InvariantCulture)} OFFSET {query.Skip.ToString(CultureInfo.InvariantCulture)}";
        var countSql = $"SELECT COUNT(*) AS \"Value\" FROM {from} WHERE {filters}";
        int? total = null;
        List<Guid> ids;
        if (text.Length == 0)
        {
            var pageSql = $"SELECT c.\"Id\" AS \"Value\" FROM {from} WHERE {filters} ORDER BY {order} {limit}";
            ids = await db.Database
                .SqlQueryRaw<Guid>(pageSql, [.. parameters])
                .ToListAsync(cancellationToken);
            if (query.TopicCode is null && query.Year is null)
            {
                var tally = await tallies.OfAsync(query.AgencyId, cancellationToken);
                total = query.CategoryCode is { } category ? tally.ByCategory.GetValueOrDefault(category) : tally.Total;
            }
        }
        else
        {
            var pageSql = $"SELECT c.\"Id\" AS \"Id\", COUNT(*) OVER () AS \"Total\" FROM {from} WHERE {filters} ORDER BY {order} {limit}";
            var rows = await db.Database
                .SqlQueryRaw<PageRow>(pageSql, [.. parameters])
                .ToListAsync(cancellationToken);
            ids = rows.ConvertAll(r => r.Id);
            total = rows.Count > 0 ? (int)rows[0].Total : query.Skip == 0 ? 0 : null;
        }

        total ??= await db.Database.SqlQueryRaw<int>(countSql, [.. parameters]).SingleAsync(cancellationToken);
        var listed = await Listed(ids, text.Length > 0).ToListAsync(cancellationToken);
        var byId = listed.ToDictionary(i => i.Id);
        var hits = ids.Where(byId.ContainsKey).Select(id => Hit(byId[id], text)).ToList();
        return new CataloguePage(hits, total.Value, query.SafePage, query.SafePageSize);
    }

    /// <summary>
    /// The page's items without their full text unless a search needs it for the excerpt: a listing's
    /// excerpt (<see cref="Highlighter.Excerpt"/>, 120 characters) is cut from the first characters only.
    /// </summary>
    private IQueryable<CatalogueItem> Listed(List<Guid> ids, bool fullBody) =>
        db.Set<CatalogueItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new CatalogueItem
        {
            Id = i.Id,
            IndexNumber = i.IndexNumber,
            Title = i.Title,
            IssuingBody = "",
            DocumentNumber = i.DocumentNumber,
            FormedOn = i.FormedOn,
            PublishedOn = i.PublishedOn,
            CategoryCode = i.CategoryCode,
            TopicCode = i.TopicCode,
            Summary = i.Summary,
            Body = fullBody ? i.Body : i.Body.Substring(0, ListingBodyLength),
        });

    private static CatalogueHit Hit(CatalogueItem item, string text) => new(
        item.Id,
        item.IndexNumber ?? "",
        item.Title,
        item.DocumentNumber,
        item.FormedOn,
        item.PublishedOn ?? item.FormedOn,
        item.CategoryCode,
        item.TopicCode,
        item.Summary,
        Highlighter.Mark(item.Title, text),
        Highlighter.Excerpt(item.Body.Contains(text, StringComparison.OrdinalIgnoreCase) || text.Length == 0 && item.Summary.Length == 0 ? item.Body : item.Summary, text));

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One row of a search's page: an item and the number of all matches.</summary>
    private sealed class PageRow
    {
        public Guid Id { get; set; }

        public long Total { get; set; }
    }
}
