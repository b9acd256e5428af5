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
public sealed class CatalogueSearch(GongkaiDbContext db) : ICatalogueSearch
{
    private const string Published = nameof(PublicationState.Published);

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
            from = "\"CatalogueSearch\" JOIN \"CatalogueItems\" c ON c.\"Id\" = \"CatalogueSearch\".\"ItemId\"";
            filters += $" AND \"CatalogueSearch\" MATCH {P("\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")}";
            order = "bm25(\"CatalogueSearch\", 0.0, 10.0, 5.0, 1.0), c.\"PublishedOn\" DESC";
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

        // Every value is a parameter; only fixed SQL fragments and integers are spliced in.
        var countSql = $"SELECT COUNT(*) AS \"Value\" FROM {from} WHERE {filters}";
        var pageSql = $"SELECT c.\"Id\" AS \"Value\" FROM {from} WHERE {filters} ORDER BY {order} LIMIT {query.SafePageSize.ToString(CultureInfo.InvariantCulture)} OFFSET {query.Skip.ToString(CultureInfo.InvariantCulture)}";
        var total = await db.Database
            .SqlQueryRaw<int>(countSql, [.. parameters])
            .SingleAsync(cancellationToken);
        var ids = await db.Database
            .SqlQueryRaw<Guid>(pageSql, [.. parameters])
            .ToListAsync(cancellationToken);
        var items = await db.Set<CatalogueItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var byId = items.ToDictionary(i => i.Id);
        var hits = ids.Where(byId.ContainsKey).Select(id => Hit(byId[id], text)).ToList();
        return new CataloguePage(hits, total, query.SafePage, query.SafePageSize);
    }

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
}
