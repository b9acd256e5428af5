using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Auditing;

/// <summary>
/// A number that grows whenever an agency-owned record (agency, catalogue item, attachment, settings,
/// report, request) is saved: the id of the latest audit entry, which is written in the same transaction
/// as the change (<see cref="AuditTrail"/>). Cheap to read (the primary key's last entry), and seen by
/// every process on the database, so it can key caches of public pages: a new stamp, a fresh page.
/// </summary>
/// <remarks>
/// Read once per scope (one web request): the output cache policy and each tally of a public page all ask
/// for it, and one answer serves them. The scope's own saves forget it, so a read that follows a write in
/// the same scope sees the write; a write by another scope or process is seen by the next request.
/// </remarks>
public sealed class ChangeStamp
{
    private readonly GongkaiDbContext _db;
    private long? _known;

    public ChangeStamp(GongkaiDbContext db)
    {
        _db = db;
        db.SavedChanges += (_, _) => _known = null;
    }

    public async Task<long> CurrentAsync(CancellationToken cancellationToken = default) =>
        _known ??= await _db.AuditEntries.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
}
