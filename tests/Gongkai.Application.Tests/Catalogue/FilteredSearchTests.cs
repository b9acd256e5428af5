using System.Globalization;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;
using Gongkai.Tests.Shared;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gongkai.Application.Tests.Catalogue;

/// <summary>
/// ADR-010, "Filters inside the index": a search with a category, topic or year lists exactly the items that
/// match the text and every filter, newest first, however the rows were written; one agency never sees
/// another's. The expectations are worked out here from the items as written, not by the search.
/// </summary>
public sealed class FilteredSearchTests
{
    private const int ItemCount = 300;

    public static TheoryData<DatabaseProvider, string, string?, string?, int?> Filters()
    {
        var data = new TheoryData<DatabaseProvider, string, string?, string?, int?>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "垃圾分类", "A20-03", null, null);
            data.Add(provider, "垃圾分类", null, "02", null);
            data.Add(provider, "垃圾分类", null, null, 2023);
            data.Add(provider, "垃圾分类", "A20-03", null, 2023);
            data.Add(provider, "垃圾分类", "A20-03", "02", 2023);
            data.Add(provider, "垃圾分类", "A20-09", null, null); // no item has that category
            data.Add(provider, "垃圾分类", null, null, 2019); // nor that year
            data.Add(provider, "通知", "A20-04", null, 2022); // 1–2 characters: titles and 文号
            data.Add(provider, "通知", null, "01", null);
        }

        return data;
    }

    [Theory(DisplayName = "条例第二十条、第二十一条分类、主题、年份与检索词同时使用时，只列同时符合的信息，新近的在前，条数准确")]
    [MemberData(nameof(Filters))]
    public async Task FiltersNarrowTheSearch(DatabaseProvider provider, string text, string? category, string? topic, int? year)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        var written = await WriteShuffledAsync(fixture.Database, fixture.City.Id);
        await using var db = fixture.Database.CreateContext();

        var page = await CatalogueSearchTests.Search(db).SearchAsync(
            new CatalogueQuery(fixture.City.Id, text, category, topic, year), TestContext.Current.CancellationToken);

        var expected = written
            .Where(i => (category is null || i.CategoryCode == category) && (topic is null || i.TopicCode == topic)
                && (year is null || i.PublishedOn!.Value.Year == year))
            .OrderByDescending(i => i.PublishedOn)
            .Select(i => i.Title)
            .ToList();
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected.Take(20), page.Items.Select(i => i.Title));
    }

    [Theory(DisplayName = "翻到结果之后的页：不列信息，仍报出检索结果的条数")]
    [InlineData(DatabaseProvider.Sqlite, "垃圾分类")]
    [InlineData(DatabaseProvider.Postgres, "垃圾分类")]
    [InlineData(DatabaseProvider.Sqlite, "通知")]
    [InlineData(DatabaseProvider.Postgres, "通知")]
    public async Task APageBeyondTheResultsStillCountsThem(DatabaseProvider provider, string text)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        var written = await WriteShuffledAsync(fixture.Database, fixture.City.Id);
        await using var db = fixture.Database.CreateContext();

        var page = await CatalogueSearchTests.Search(db).SearchAsync(
            new CatalogueQuery(fixture.City.Id, text, "A20-03", Page: 5), TestContext.Current.CancellationToken);

        Assert.Empty(page.Items);
        Assert.Equal(written.Count(i => i.CategoryCode == "A20-03"), page.Total); // 60: pages 1–3
        Assert.Equal(3, page.PageCount);
    }

    [Theory(DisplayName = "同一平台上的多个机关：检索只列本机关公开的信息，一两个字的检索也是")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task OneAgencyNeverSeesAnother(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        var subdistrict = DemoAgencies.Subdistrict(fixture.City);
        await using (var db = fixture.Database.CreateContext())
        {
            db.Agencies.Add(subdistrict);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var city = await WriteShuffledAsync(fixture.Database, fixture.City.Id, count: 30);
        var own = await WriteShuffledAsync(fixture.Database, subdistrict.Id, count: 12);
        await using var read = fixture.Database.CreateContext();
        var search = CatalogueSearchTests.Search(read);

        foreach (var (agency, items) in new[] { (fixture.City.Id, city), (subdistrict.Id, own) })
        {
            foreach (var text in new[] { "垃圾分类", "通知" })
            {
                var page = await search.SearchAsync(new CatalogueQuery(agency, text, PageSize: 100), TestContext.Current.CancellationToken);
                Assert.Equal(items.Count, page.Total);
                Assert.Equal(items.Select(i => i.Id).Order(), page.Items.Select(i => i.Id).Order());
            }
        }

        var nobody = await search.SearchAsync(new CatalogueQuery(Guid.NewGuid(), "垃圾分类"), TestContext.Current.CancellationToken);
        Assert.Equal(0, nobody.Total);
    }

    [Fact(DisplayName = "检索索引的迁移可以回退再升级，检索照常（SQLite）")]
    public async Task FacetMigrationGoesDownAndUp()
    {
        await using var fixture = await CatalogueFixture.CreateAsync(DatabaseProvider.Sqlite);
        var written = await WriteShuffledAsync(fixture.Database, fixture.City.Id, count: 40);
        await using (var db = fixture.Database.CreateContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("CatalogueSearchColumns", TestContext.Current.CancellationToken);
            await new DatabaseMigrator(db).MigrateAsync(TestContext.Current.CancellationToken);
        }

        await using var read = fixture.Database.CreateContext();
        var page = await CatalogueSearchTests.Search(read).SearchAsync(
            new CatalogueQuery(fixture.City.Id, "垃圾分类", "A20-02"), TestContext.Current.CancellationToken);
        var expected = written.Where(i => i.CategoryCode == "A20-02").OrderByDescending(i => i.PublishedOn).Select(i => i.Title).ToList();
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected.Take(20), page.Items.Select(i => i.Title));
    }

    /// <summary>
    /// Writes <paramref name="count"/> published items, every fourth day from 2021-01-04, in a shuffled
    /// order: categories A20-01…05, topics 01…03, body "垃圾分类", title "社区通知N".
    /// </summary>
    private static async Task<List<CatalogueItem>> WriteShuffledAsync(TestDatabase database, Guid agencyId, int count = ItemCount)
    {
        var start = new DateOnly(2021, 1, 4);
        var items = Enumerable.Range(1, count).Select(i => new CatalogueItem
        {
            AgencyId = agencyId,
            IndexNumber = agencyId.ToString("N")[..6] + "-" + i.ToString("00000", CultureInfo.InvariantCulture),
            Title = "社区通知" + i.ToString(CultureInfo.InvariantCulture),
            IssuingBody = DemoAgencies.CityName,
            FormedOn = start.AddDays(4 * i),
            PublishedOn = start.AddDays(4 * i),
            CategoryCode = "A20-0" + (1 + (i % 5)).ToString(CultureInfo.InvariantCulture),
            TopicCode = "0" + (1 + (i % 3)).ToString(CultureInfo.InvariantCulture),
            Body = "本月开展垃圾分类宣传。",
            State = PublicationState.Published,
        }).ToList();
        var shuffle = new Random(20261126); // the same order on every run
        await using var db = database.CreateContext();
        foreach (var item in items.OrderBy(_ => shuffle.Next()))
        {
            db.Set<CatalogueItem>().Add(item);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return items;
    }
}
