using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Auditing;

/// <summary>
/// A number that grows whenever an agency-owned record (agency, catalogue item, attachment, settings,
/// report, request) is saved: the id of the latest audit entry, which is written in the same transaction
/// as the change (<see cref="AuditTrail"/>). Cheap to read (the primary key's last entry), and seen by
/// every process on the database, so it can key caches of public pages: a new stamp, a fresh page.
/// </summary>
public sealed class ChangeStamp(GongkaiDbContext db)
{
    public async Task<long> CurrentAsync(CancellationToken cancellationToken = default) =>
        await db.AuditEntries.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
}
