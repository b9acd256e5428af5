using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Agencies;

/// <summary>The public list of agencies on the platform, for the portal's home page and columns.</summary>
public sealed class AgencyDirectory(GongkaiDbContext db)
{
    /// <summary>All agencies, parents before children, in tree order.</summary>
    public async Task<IReadOnlyList<AgencyListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Agencies.AsNoTracking()
            .Select(a => new { a.Id, a.ParentId, a.Name, a.CreditCode })
            .ToListAsync(cancellationToken);
        var children = all.ToLookup(a => a.ParentId);
        var listing = new List<AgencyListing>(all.Count);
        void Visit(Guid? parent, int depth)
        {
            foreach (var agency in children[parent].OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                listing.Add(new AgencyListing(agency.Id, agency.Name, agency.CreditCode, depth));
                Visit(agency.Id, depth + 1);
            }
        }

        Visit(null, 0);
        return listing;
    }

    public Task<Agency?> FindByCreditCodeAsync(string creditCode, CancellationToken cancellationToken = default) =>
        db.Agencies.AsNoTracking().Include(a => a.Parent).FirstOrDefaultAsync(a => a.CreditCode == creditCode, cancellationToken);
}
