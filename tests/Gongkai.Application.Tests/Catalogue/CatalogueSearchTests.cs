using Gongkai.Application.Auditing;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Persistence;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Application.Tests.Catalogue;

public sealed class CatalogueSearchTests
{
    [Theory(DisplayName = "条例第二十四条：按标题、文号、正文检索中文，标题命中排前并高亮")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ChineseFullText_RankedAndHighlighted(DatabaseProvider provider)
    {
        await using var fixture = await Seeded(provider);
        await using var db = fixture.Database.CreateContext();
        var search = Search(db);

        var byTitle = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "老旧小区"), TestContext.Current.CancellationToken);
        var byNumber = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "新政文〔2024〕12号"), TestContext.Current.CancellationToken);
        var nothing = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "不存在的内容"), TestContext.Current.CancellationToken);

        Assert.Equal(2, byTitle.Total);
        Assert.Equal("2024年老旧小区改造计划", byTitle.Items[0].Title); // title hit before body hit
        Assert.Equal("住房保障工作情况", byTitle.Items[1].Title);
        Assert.Contains(byTitle.Items[0].TitleRuns, r => r.IsMatch && r.Text == "老旧小区");
        Assert.Contains(byTitle.Items[1].Excerpt, r => r.IsMatch && r.Text == "老旧小区");
        Assert.Equal("关于印发新郑市政务公开工作要点的通知", Assert.Single(byNumber.Items).Title);
        Assert.Equal(0, nothing.Total);

        var second = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "老旧小区", Page: 2, PageSize: 1), TestContext.Current.CancellationToken);
        var beyond = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "老旧小区", Page: 5, PageSize: 1), TestContext.Current.CancellationToken);
        Assert.Equal("住房保障工作情况", Assert.Single(second.Items).Title);
        Assert.Equal(2, second.Total);
        Assert.Empty(beyond.Items);
        Assert.Equal(2, beyond.Total); // counted apart when the page holds no row to carry the count
    }

    // ADR-010 changed this deliberately: one- and two-character queries search titles and 文号 only, so
    // "小区" no longer finds 住房保障工作情况, whose body alone holds it.
    [Theory(DisplayName = "一两个字的检索词也能查到（不足三字时只查标题和文号）")]
    [InlineData(DatabaseProvider.Sqlite, "小区", 1)]
    [InlineData(DatabaseProvider.Postgres, "小区", 1)]
    [InlineData(DatabaseProvider.Sqlite, "税", 1)]
    [InlineData(DatabaseProvider.Postgres, "税", 1)]
    [InlineData(DatabaseProvider.Sqlite, "%", 0)]
    [InlineData(DatabaseProvider.Postgres, "%", 0)]
    public async Task ShortQueries(DatabaseProvider provider, string text, int expected)
    {
        await using var fixture = await Seeded(provider);
        await using var db = fixture.Database.CreateContext();
        var page = await Search(db).SearchAsync(new CatalogueQuery(fixture.City.Id, text), TestContext.Current.CancellationToken);
        Assert.Equal(expected, page.Total);
        Assert.Equal(expected, page.Items.Count);
    }

    [Theory(DisplayName = "按类别、主题、年份筛选并分页；草稿不出现在公开检索中")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FiltersAndPages(DatabaseProvider provider)
    {
        await using var fixture = await Seeded(provider);
        await using (var db = fixture.Database.CreateContext(timeProvider: fixture.Clock))
        {
            await fixture.Desk(db).CreateAsync(fixture.Scope, CatalogueFixture.Input("未公开的老旧小区草稿"), TestContext.Current.CancellationToken);
        }

        await using var read = fixture.Database.CreateContext();
        var search = Search(read);
        var all = await search.SearchAsync(new CatalogueQuery(fixture.City.Id), TestContext.Current.CancellationToken);
        var budget = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, CategoryCode: "A20-07"), TestContext.Current.CancellationToken);
        var topic = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "老旧小区", TopicCode: "10"), TestContext.Current.CancellationToken);
        var otherYear = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, Year: 2023), TestContext.Current.CancellationToken);
        var second = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, Page: 2, PageSize: 3), TestContext.Current.CancellationToken);

        Assert.Equal(4, all.Total);
        Assert.Equal("2024年部门预算公开（含税费说明）", Assert.Single(budget.Items).Title);
        Assert.Equal("2024年老旧小区改造计划", Assert.Single(topic.Items).Title);
        Assert.Equal(0, otherYear.Total);
        Assert.Single(second.Items);
        Assert.Equal(2, second.PageCount);
    }

    /// <summary>A search with its own, empty, tally cache.</summary>
    internal static CatalogueSearch Search(GongkaiDbContext db, IMemoryCache? cache = null) =>
        new(db, new CatalogueTallies(db, new ChangeStamp(db), cache ?? new MemoryCache(new MemoryCacheOptions())));

    internal static async Task<CatalogueFixture> Seeded(DatabaseProvider provider)
    {
        var fixture = await CatalogueFixture.CreateAsync(provider);
        await fixture.PublishAsync(CatalogueFixture.Input("2024年老旧小区改造计划", "本年度计划改造小区 12 个。", topic: "10"));
        await fixture.PublishAsync(CatalogueFixture.Input("住房保障工作情况", "本季度完成老旧小区改造 3 个，新增保障房 100 套。"));
        await fixture.PublishAsync(CatalogueFixture.Input("关于印发新郑市政务公开工作要点的通知", "各乡镇人民政府……", number: "新政文〔2024〕12号"));
        await fixture.PublishAsync(CatalogueFixture.Input("2024年部门预算公开（含税费说明）", "预算收支总表。", category: "A20-07", topic: "04"));
        return fixture;
    }
}
