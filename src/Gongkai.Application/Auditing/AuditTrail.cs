using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Application.Auditing;

/// <summary>
/// Turns the tracked changes of agency-owned records into audit entries, added to the same
/// SaveChanges so that the change and its trail are committed together or not at all.
/// </summary>
internal static class AuditTrail
{
    public static List<AuditEntry> Collect(ChangeTracker changeTracker, IAuditActor actor, DateTimeOffset at)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.Entity is not IAgencyOwned owned || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var changed = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version)).Select(p => p.Metadata.Name)
                : [];
            entries.Add(new AuditEntry
            {
                AgencyId = owned.AgencyId,
                At = at,
                ActorId = actor.ActorId,
                Action = entry.State.ToString(),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture))),
                ChangedFields = string.Join(',', changed),
            });
        }

        return entries;
    }
}
