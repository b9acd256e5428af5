using Gongkai.Application.Auditing;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Application.Tests.Persistence;

public sealed class AuditTrailTests
{
    private sealed class Clerk(string id) : IAuditActor
    {
        public string ActorId => id;
    }

    [Theory(DisplayName = "Every change is in the audit trail: who, when, what — never the values")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Change_IsRecorded_WithActorTimeAndFieldNamesOnly(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero));
        var city = DemoAgencies.City();
        await using (var db = database.CreateContext(new Clerk("clerk-1"), clock))
        {
            db.Agencies.Add(city);
            await db.SaveChangesAsync(ct);
        }

        clock.Advance(TimeSpan.FromHours(2));
        await using (var db = database.CreateContext(new Clerk("clerk-2"), clock))
        {
            var agency = await db.Agencies.SingleAsync(ct);
            agency.Email = "private.person@example.com";
            agency.Phone = "0371-99999999";
            await db.SaveChangesAsync(ct);
        }

        await using var check = database.CreateContext();
        var trail = await check.AuditEntries.OrderBy(e => e.At).ToListAsync(ct);
        Assert.Collection(
            trail,
            added =>
            {
                Assert.Equal(("clerk-1", "Added", nameof(Gongkai.Application.Agencies.Agency), city.Id.ToString()), (added.ActorId, added.Action, added.EntityType, added.EntityId));
                Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero), added.At);
            },
            modified =>
            {
                Assert.Equal(("clerk-2", "Modified", city.Id), (modified.ActorId, modified.Action, modified.AgencyId));
                Assert.Equal(new DateTimeOffset(2026, 3, 2, 3, 30, 0, TimeSpan.Zero), modified.At);
                Assert.Equal(["Email", "Phone"], modified.ChangedFields.Split(',').Order(StringComparer.Ordinal));
                Assert.DoesNotContain("example.com", modified.ChangedFields, StringComparison.Ordinal);
            });
    }
}
