using Gongkai.Application.Agencies;
using Gongkai.Application.Auditing;
using Gongkai.Application.Requests;
using Gongkai.Application.Staff;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Application.Persistence;

/// <summary>
/// The one database context of the product. Entity configurations live beside their feature and are
/// picked up by <see cref="ModelBuilder.ApplyConfigurationsFromAssembly"/>; the only provider-specific
/// code is in <see cref="ConfigureConventions"/>.
/// </summary>
public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options, TimeProvider timeProvider, IAuditActor actor)
    : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<RequestRecord> Requests => Set<RequestRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no date-time-with-offset type and cannot order or compare the text form;
            // store instants as sortable integers instead. PostgreSQL uses timestamptz natively.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }

        var trail = AuditTrail.Collect(ChangeTracker, actor, timeProvider.GetUtcNow());
        AuditEntries.AddRange(trail);
    }
}
