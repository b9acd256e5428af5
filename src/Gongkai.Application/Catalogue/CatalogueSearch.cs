using System.Globalization;
using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// <see cref="ICatalogueSearch"/> on either database. With no text it lists items newest first. With text
/// it ranks a bounded candidate set (ADR-010): the newest title/文号 hits first, then the newest hits in
/// the body, at most <see cref="CatalogueQuery.ResultCap"/> listed and counted. SQLite reads its FTS5
/// trigram tables by search key (publication order, the agency a key range, the filters index terms),
/// PostgreSQL the pg_trgm index or its newest-first listing index; one- and two-character queries, which no
/// trigram can index, look at titles and 文号 only.
/// </summary>
public sealed class CatalogueSearch(GongkaiDbContext db, CatalogueTallies tallies) : ICatalogueSearch
{
    /// <summary>Enough raw text for a 120-character excerpt even if every other character is a line break.</summary>
    private const int ListingBodyLength = 241;

    public async Task<CataloguePage> SearchAsync(CatalogueQuery query, CancellationToken cancellationToken = default)
    {
        var text = query.Trimmed;
        var statement = new SearchStatement(query, db.Database.IsSqlite());
        if (text.Length == 0)
        {
            return await ListAsync(query, statement, cancellationToken);
        }

        // The count rides on the page's own query (at most twice the cap candidates), so the text is matched
        // once. On PostgreSQL an empty first page means no match, and only a page beyond the candidates
        // counts them apart; SQLite's page query always returns the count.
        var candidates = statement.Candidates(text);
        var take = Math.Max(0, Math.Min(query.SafePageSize, CatalogueQuery.ResultCap - query.Skip));
        var rows = take == 0 && !statement.PageCarriesTotal
            ? []
            : await db.Database
                .SqlQueryRaw<PageRow>(statement.Page(candidates, take, query.Skip), statement.Parameters)
                .ToListAsync(cancellationToken);
        var found = rows.Count > 0 ? (int)rows[0].Total
            : query.Skip == 0 ? 0
            : await db.Database.SqlQueryRaw<int>(SearchStatement.Count(candidates), statement.Parameters).SingleAsync(cancellationToken);
        var hits = await HitsAsync([.. rows.Where(r => r.Id is not null).Select(r => r.Id!.Value)], text, cancellationToken);
        return new CataloguePage(
            hits,
            Math.Min(found, CatalogueQuery.ResultCap),
            query.SafePage,
            query.SafePageSize,
            Capped: found > CatalogueQuery.ResultCap,
            TitlesOnly: text.Length < CatalogueQuery.TrigramLength);
    }

    /// <summary>A listing without text: newest first, the total from the tallies when only a category is chosen.</summary>
    private async Task<CataloguePage> ListAsync(CatalogueQuery query, SearchStatement statement, CancellationToken cancellationToken)
    {
        var filters = statement.Filters();
        var pageSql = $"SELECT c.\"Id\" AS \"Value\" FROM \"CatalogueItems\" c WHERE {filters} "
            + "ORDER BY c.\"PublishedOn\" DESC, c.\"IndexNumber\" DESC "
            + $"LIMIT {query.SafePageSize.ToString(CultureInfo.InvariantCulture)} OFFSET {query.Skip.ToString(CultureInfo.InvariantCulture)}";
        var ids = await db.Database.SqlQueryRaw<Guid>(pageSql, statement.Parameters).ToListAsync(cancellationToken);
        int total;
        if (query.TopicCode is null && query.Year is null)
        {
            var tally = await tallies.OfAsync(query.AgencyId, cancellationToken);
            total = query.CategoryCode is { } category ? tally.ByCategory.GetValueOrDefault(category) : tally.Total;
        }
        else
        {
            var countSql = $"SELECT COUNT(*) AS \"Value\" FROM \"CatalogueItems\" c WHERE {filters}";
            total = await db.Database.SqlQueryRaw<int>(countSql, statement.Parameters).SingleAsync(cancellationToken);
        }

        return new CataloguePage(await HitsAsync(ids, "", cancellationToken), total, query.SafePage, query.SafePageSize);
    }

    private async Task<List<CatalogueHit>> HitsAsync(List<Guid> ids, string text, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return []; // no match, or a page beyond the results: nothing to load
        }

        var listed = await Listed(ids, text.Length > 0).ToListAsync(cancellationToken);
        var byId = listed.ToDictionary(i => i.Id);
        return ids.Where(byId.ContainsKey).Select(id => Hit(byId[id], text)).ToList();
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

    /// <summary>One row of a search's page: an item (none on SQLite's row for an empty page) and the number of all matches.</summary>
    private sealed class PageRow
    {
        public Guid? Id { get; set; }

        public long Total { get; set; }
    }
}
