using Gongkai.Application.Auditing;
using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Migrations.Sqlite;

/// <summary>
/// Lets `dotnet ef migrations add` build the model for this provider (dev/add-migration.sh). It never
/// connects: adding a migration only compares the model with the snapshot.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<GongkaiDbContext>();
        builder.UseGongkaiDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new GongkaiDbContext(builder.Options, TimeProvider.System, SystemAuditActor.Instance);
    }
}
