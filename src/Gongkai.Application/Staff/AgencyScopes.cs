using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Staff;

/// <summary>Computes the <see cref="AgencyScope"/> of a signed-in member of staff.</summary>
public sealed class AgencyScopes(GongkaiDbContext db)
{
    public async Task<AgencyScope> ForAsync(Guid homeAgencyId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var tree = await db.Agencies.AsNoTracking()
            .Select(a => new { a.Id, a.ParentId })
            .ToListAsync(cancellationToken);

        if (roles.Contains(StaffRoles.SystemAdministrator))
        {
            return new AgencyScope(homeAgencyId, tree.Select(a => a.Id).ToHashSet(), CanWrite: true);
        }

        if (roles.Contains(StaffRoles.Supervisor))
        {
            var children = tree.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value, a => a.Id);
            var visible = new HashSet<Guid> { homeAgencyId };
            var pending = new Queue<Guid>([homeAgencyId]);
            while (pending.TryDequeue(out var id))
            {
                foreach (var child in children[id])
                {
                    if (visible.Add(child))
                    {
                        pending.Enqueue(child);
                    }
                }
            }

            return new AgencyScope(homeAgencyId, visible, CanWrite: false);
        }

        var writers = roles.Any(r => r is StaffRoles.AgencyAdministrator or StaffRoles.DisclosureOfficer or StaffRoles.Approver);
        return new AgencyScope(homeAgencyId, new HashSet<Guid> { homeAgencyId }, writers);
    }
}
