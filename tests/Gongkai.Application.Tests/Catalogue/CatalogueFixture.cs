using Gongkai.Application.Agencies;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Staff;
using Gongkai.Domain.Calendars;
using Gongkai.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Application.Tests.Catalogue;

/// <summary>A migrated database with the demo city, a clock on 2024-10-24 (China time), and helpers.</summary>
internal sealed class CatalogueFixture : IAsyncDisposable
{
    private CatalogueFixture(TestDatabase database, Agency city)
    {
        Database = database;
        City = city;
        Scope = new AgencyScope(city.Id, new HashSet<Guid> { city.Id }, CanWrite: true);
    }

    public TestDatabase Database { get; }

    public Agency City { get; }

    public AgencyScope Scope { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 10, 24, 2, 0, 0, TimeSpan.Zero));

    public static async Task<CatalogueFixture> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var city = DemoAgencies.City();
        await using (var db = database.CreateContext())
        {
            db.Agencies.Add(city);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        return new CatalogueFixture(database, city);
    }

    public CatalogueDesk Desk(GongkaiDbContext db) => new(db, WorkingDayCalendar.Embedded, new OfficeToday(Clock));

    public static CatalogueItemInput Input(string title, string body = "", string formedOn = "2024-10-20", string category = "A20-01", string topic = "02", string? number = null) =>
        new(title, DemoAgencies.CityName, number, DateOnly.Parse(formedOn, System.Globalization.CultureInfo.InvariantCulture), category, topic, null, null, null, "概述：" + title, body);

    /// <summary>Creates, submits and approves an item; returns it as published.</summary>
    public async Task<CatalogueItem> PublishAsync(CatalogueItemInput input)
    {
        await using var db = Database.CreateContext(timeProvider: Clock);
        var desk = Desk(db);
        var item = (await desk.CreateAsync(Scope, input, TestContext.Current.CancellationToken)).Value;
        item = (await desk.StepAsync(Scope, item.Id, item.Version, Domain.Catalogue.PublicationStep.Submit, null, isApprover: false, TestContext.Current.CancellationToken)).Value;
        var published = await desk.ApproveAsync(Scope, item.Id, item.Version, isApprover: true, TestContext.Current.CancellationToken);
        Assert.True(published.Succeeded, published.Error?.Message);
        return published.Value;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
