using System.Globalization;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;
using Gongkai.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gongkai.Application.Tests.Catalogue;

/// <summary>ADR-010: a search's work is bounded by a cap on its results, not by the number of matches.</summary>
public sealed class BoundedSearchTests
{
    [Theory(DisplayName = "检索结果超过 1,000 条时只列前 1,000 条并注明“超过”，较早的标题命中仍排在正文命中之前")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CappedAndTitleFirst(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        var titled = await fixture.PublishAsync(CatalogueFixture.Input("垃圾分类工作方案", "全文见附件。"));
        await AddPublishedAsync(fixture, CatalogueQuery.ResultCap + 5, i => ("社区通知" + i.ToString(CultureInfo.InvariantCulture), "本周开展垃圾分类宣传。"));
        await using var db = fixture.Database.CreateContext();
        var search = CatalogueSearchTests.Search(db);

        var first = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "垃圾分类"), TestContext.Current.CancellationToken);
        var last = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "垃圾分类", Page: 50), TestContext.Current.CancellationToken);
        var beyond = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "垃圾分类", Page: 51), TestContext.Current.CancellationToken);
        var exact = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "社区通知100"), TestContext.Current.CancellationToken);

        Assert.True(first.Capped);
        Assert.Equal(CatalogueQuery.ResultCap, first.Total);
        Assert.Equal(50, first.PageCount);
        Assert.Equal(titled.Id, first.Items[0].Id); // the oldest item, but the only title hit
        Assert.Equal("社区通知1005", first.Items[1].Title); // then the newest body hits
        Assert.Equal(20, last.Items.Count);
        Assert.False(last.BeyondCap);
        Assert.Empty(beyond.Items);
        Assert.True(beyond.BeyondCap);
        Assert.False(exact.Capped);
        Assert.Equal(7, exact.Total); // 社区通知100 and 1000…1005
    }

    [Theory(DisplayName = "一两个字的检索词只查标题和文号，标题命中在前，不查正文")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ShortQueriesSearchTitlesAndNumbers(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        await fixture.PublishAsync(CatalogueFixture.Input("关于防汛工作的通知", "做好汛期准备。"));
        await fixture.PublishAsync(CatalogueFixture.Input("人员任免", "汛期值班安排。", number: "新汛〔2024〕1号"));
        await fixture.PublishAsync(CatalogueFixture.Input("会议纪要", "讨论了防汛物资。"));
        await using var db = fixture.Database.CreateContext();
        var search = CatalogueSearchTests.Search(db);

        var page = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "汛"), TestContext.Current.CancellationToken);
        var full = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "防汛物资"), TestContext.Current.CancellationToken);

        Assert.True(page.TitlesOnly);
        Assert.Equal(["关于防汛工作的通知", "人员任免"], page.Items.Select(i => i.Title));
        Assert.Equal(2, page.Total);
        Assert.False(full.TitlesOnly);
        Assert.Equal("会议纪要", Assert.Single(full.Items).Title); // three characters or more: bodies too
    }

    [Theory(DisplayName = "撤回的信息检索不到；修改后的标题按新词检索得到、按旧词检索不到")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task IndexFollowsWithdrawalAndEdits(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        var withdrawn = await fixture.PublishAsync(CatalogueFixture.Input("河道清淤工程公示", "清淤河道两条。"));
        var edited = await fixture.PublishAsync(CatalogueFixture.Input("道路维修公告", "维修道路三条。"));
        await using (var db = fixture.Database.CreateContext(timeProvider: fixture.Clock))
        {
            var result = await fixture.Desk(db).StepAsync(fixture.Scope, withdrawn.Id, withdrawn.Version, PublicationStep.Withdraw, "内容有误", isApprover: true, TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded);
            var item = await db.Set<CatalogueItem>().SingleAsync(i => i.Id == edited.Id, TestContext.Current.CancellationToken);
            item.Title = "桥梁检测结果公告";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var read = fixture.Database.CreateContext();
        var search = CatalogueSearchTests.Search(read);
        Assert.Equal(0, (await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "河道清淤"), TestContext.Current.CancellationToken)).Total);
        Assert.Equal(0, (await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "河道"), TestContext.Current.CancellationToken)).Total);
        Assert.Equal(0, (await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "道路维修公告"), TestContext.Current.CancellationToken)).Total);
        Assert.Equal(edited.Id, Assert.Single((await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "桥梁检测"), TestContext.Current.CancellationToken)).Items).Id);
        Assert.Equal(edited.Id, Assert.Single((await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "桥梁"), TestContext.Current.CancellationToken)).Items).Id);
        Assert.Equal(edited.Id, Assert.Single((await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "维修道路"), TestContext.Current.CancellationToken)).Items).Id);
    }

    [Fact(DisplayName = "升级数据库时按新的检索键重建全文索引，撤回照常生效（SQLite）")]
    public async Task MigrationRebuildsTheIndex()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var city = DemoAgencies.City();
        await using (var db = database.CreateContext())
        {
            // The rows are written in SQL against the schema of that older migration: the current model may
            // have columns (added by later migrations) that the old tables do not.
            var ct = TestContext.Current.CancellationToken;
            await db.GetService<IMigrator>().MigrateAsync("IssuedLetters", ct);
            var agencyId = city.Id.ToString().ToUpperInvariant();
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Agencies" ("Id", "Name", "CreditCode", "Address", "Phone", "Email", "OfficeHours", "DisclosureOffice", "ReviewBody", "OnlineReviewChannel", "Version") VALUES ({agencyId}, {city.Name}, {city.CreditCode}, '', '', '', '', '', '', '', 0)""",
                ct);
            foreach (var (title, number) in new[] { ("路灯维护公告", "A-1"), ("路灯更换计划", "A-2"), ("绿化养护公告", "A-3") })
            {
                var id = Guid.CreateVersion7().ToString().ToUpperInvariant();
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO "CatalogueItems" ("Id", "AgencyId", "IndexNumber", "Title", "IssuingBody", "DocumentNumber", "FormedOn", "PublishedOn", "CategoryCode", "TopicCode", "Summary", "Body", "State", "PublishedLate", "Version")
                    VALUES ({id}, {agencyId}, {number}, {title}, {city.Name}, '', '2024-01-01', '2024-01-02', 'A20-01', '02', '', '', 'Published', 0, 0)
                    """,
                    ct);
            }

            await new DatabaseMigrator(db).MigrateAsync(TestContext.Current.CancellationToken);
        }

        await using var read = database.CreateContext();
        var search = CatalogueSearchTests.Search(read);
        var found = await search.SearchAsync(new CatalogueQuery(city.Id, "路灯维护"), TestContext.Current.CancellationToken);
        Assert.Equal("路灯维护公告", Assert.Single(found.Items).Title);
        var item = await read.Set<CatalogueItem>().SingleAsync(i => i.IndexNumber == "A-2", TestContext.Current.CancellationToken);
        item.State = PublicationState.Withdrawn;
        await read.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.Equal("路灯维护公告", Assert.Single((await search.SearchAsync(new CatalogueQuery(city.Id, "路灯"), TestContext.Current.CancellationToken)).Items).Title);
        Assert.Equal(2, await read.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"CatalogueSearch\"").SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await read.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"CatalogueTitleSearch\"").SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await read.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"CatalogueShortSearch\"").SingleAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Adds published items straight to the table (the FTS triggers index them), newest last.</summary>
    internal static async Task AddPublishedAsync(CatalogueFixture fixture, int count, Func<int, (string Title, string Body)> content)
    {
        await using var db = fixture.Database.CreateContext();
        var start = new DateOnly(2025, 1, 1); // after the fixture's publications
        for (var i = 1; i <= count; i++)
        {
            var (title, body) = content(i);
            db.Set<CatalogueItem>().Add(new CatalogueItem
            {
                AgencyId = fixture.City.Id,
                IndexNumber = "BULK-" + i.ToString("00000", CultureInfo.InvariantCulture),
                Title = title,
                IssuingBody = fixture.City.Name,
                FormedOn = start.AddDays(i),
                PublishedOn = start.AddDays(i),
                CategoryCode = "A20-01",
                TopicCode = "02",
                Body = body,
                State = PublicationState.Published,
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
