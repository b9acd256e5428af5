using Gongkai.Application.Auditing;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// The counts every public catalogue page shows (per category, the years, the total), counted once per
/// <see cref="ChangeStamp"/> and kept in memory: counting 100,000 items per request was most of a page's
/// time. A publication, withdrawal or edit moves the stamp, so the next page counts afresh; an entry
/// also lapses after a minute, which bounds what a reader could miss if two PostgreSQL transactions
/// commit their audit entries out of id order.
/// </summary>
public sealed class CatalogueTallies(GongkaiDbContext db, ChangeStamp stamp, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<CatalogueTally> OfAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var key = (nameof(CatalogueTallies), agencyId, await stamp.CurrentAsync(cancellationToken));
        if (cache.TryGetValue(key, out CatalogueTally? known) && known is not null)
        {
            return known;
        }

        var tally = await CountAsync(agencyId, cancellationToken);
        cache.Set(key, tally, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return tally;
    }

    private async Task<CatalogueTally> CountAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var published = db.Set<CatalogueItem>().AsNoTracking()
            .Where(i => i.AgencyId == agencyId && i.State == PublicationState.Published);
        var counts = await published
            .GroupBy(i => i.CategoryCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var dates = await published
            .Where(i => i.PublishedOn != null)
            .Select(i => i.PublishedOn!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        return new CatalogueTally(counts, dates.Select(d => d.Year).Distinct().OrderDescending().ToList());
    }
}
