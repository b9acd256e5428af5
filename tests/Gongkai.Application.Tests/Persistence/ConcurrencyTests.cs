using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Tests.Persistence;

public sealed class ConcurrencyTests
{
    [Theory(DisplayName = "Two clerks editing one record: the second save is refused, not a lost update")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SecondWriter_OnStaleVersion_GetsConcurrencyConflict(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var city = DemoAgencies.City();
        await using (var seed = database.CreateContext())
        {
            seed.Agencies.Add(city);
            await seed.SaveChangesAsync(ct);
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Agencies.SingleAsync(ct);
        var theirs = await second.Agencies.SingleAsync(ct);

        mine.Phone = "0371-11111111";
        await first.SaveChangesAsync(ct);
        theirs.Phone = "0371-22222222";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));
        await using var check = database.CreateContext();
        var saved = await check.Agencies.SingleAsync(ct);
        Assert.Equal("0371-11111111", saved.Phone);
        Assert.Equal(1, saved.Version);
    }

    [Theory(DisplayName = "A failed save leaves nothing behind: the record and its audit entry commit together")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FailedSave_WritesNeitherRecordNorAuditEntry(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var seed = database.CreateContext())
        {
            seed.Agencies.Add(DemoAgencies.City());
            await seed.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var city = await db.Agencies.SingleAsync(ct);
            db.Agencies.Add(DemoAgencies.Subdistrict(city));
            db.Agencies.Add(DemoAgencies.City()); // same credit code: unique index violated
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        }

        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Agencies.CountAsync(ct));
        Assert.Equal(1, await check.AuditEntries.CountAsync(ct));
    }
}
