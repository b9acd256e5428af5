using System.Globalization;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Persistence;

namespace Gongkai.Application.Tests.Catalogue;

/// <summary>
/// ADR-010's tiers under PostgreSQL's cheaper plan (docs/performance.md): body hits are read apart from
/// title hits and skipped once the title hits exceed the cap; terms without case are matched with LIKE.
/// The results must not change, with or without filters.
/// </summary>
public sealed class SearchTiersTests
{
    [Theory(DisplayName = "标题命中超过 1,000 条时前 1,000 条全是标题命中；按类别、年份筛选后正文命中照常列出，标题命中在前")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FrequentTitleTermWithFilters(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        await fixture.PublishAsync(CatalogueFixture.Input("关于垃圾分类的说明", "全文见附件。", category: "A20-02"));
        await fixture.PublishAsync(CatalogueFixture.Input("社区简报", "本周开展垃圾分类宣传。", category: "A20-02"));
        // Newer, in A20-01: 1,005 title hits and, every hundredth, a body-only hit newer than most of them.
        await BoundedSearchTests.AddPublishedAsync(fixture, 1_015, i => i % 100 == 0
            ? ("社区简报" + i.ToString(CultureInfo.InvariantCulture), "本周开展垃圾分类宣传。")
            : ("垃圾分类通知" + i.ToString(CultureInfo.InvariantCulture), "全文见附件。"));
        await using var db = fixture.Database.CreateContext();
        var search = CatalogueSearchTests.Search(db);
        var ct = TestContext.Current.CancellationToken;

        var first = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "垃圾分类"), ct);
        var last = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "垃圾分类", Page: 50), ct);
        var category = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "垃圾分类", CategoryCode: "A20-02"), ct);
        var year = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "垃圾分类", Year: 2024), ct);
        var bodies = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "开展垃圾分类"), ct);

        Assert.True(first.Capped);
        Assert.Equal(CatalogueQuery.ResultCap, first.Total);
        Assert.Equal("垃圾分类通知1015", first.Items[0].Title);
        Assert.Equal("垃圾分类通知1014", first.Items[1].Title);
        Assert.All(first.Items.Concat(last.Items), i => Assert.StartsWith("垃圾分类通知", i.Title, StringComparison.Ordinal));
        Assert.Equal(20, last.Items.Count); // page 50: still title hits, though ten newer body-only hits exist
        Assert.Equal(["关于垃圾分类的说明", "社区简报"], category.Items.Select(i => i.Title));
        Assert.False(category.Capped);
        Assert.Equal(["关于垃圾分类的说明", "社区简报"], year.Items.Select(i => i.Title));
        Assert.Equal(11, bodies.Total); // a rarer term: every body hit, newest first
        Assert.Equal("社区简报1000", bodies.Items[0].Title);
        Assert.Equal("社区简报", bodies.Items[^1].Title);
    }

    [Theory(DisplayName = "检索词含有大小写之分的字母（拉丁、希腊等）时不分大小写，标题命中在前；一两个字时照常只查标题")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task LatinLettersIgnoreCase(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        await fixture.PublishAsync(CatalogueFixture.Input("大气PM2.5监测月报", "全文见附件。"));
        await fixture.PublishAsync(CatalogueFixture.Input("环境质量通报", "本月pm2.5均值下降。"));
        await fixture.PublishAsync(CatalogueFixture.Input("Wi-Fi热点建设", "公共场所覆盖。"));
        await fixture.PublishAsync(CatalogueFixture.Input("ΑΒΓ指数通报", "全文见附件。"));
        await using var db = fixture.Database.CreateContext();
        var search = CatalogueSearchTests.Search(db);
        var ct = TestContext.Current.CancellationToken;

        var mixed = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "Pm2.5"), ct);
        var chinese = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "质量通报"), ct);
        var shortLatin = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "wi"), ct);
        var greek = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, "αβγ指数"), ct); // letters beyond ASCII have case too

        Assert.Equal(["大气PM2.5监测月报", "环境质量通报"], mixed.Items.Select(i => i.Title));
        Assert.Equal("环境质量通报", Assert.Single(chinese.Items).Title);
        Assert.Equal("Wi-Fi热点建设", Assert.Single(shortLatin.Items).Title);
        Assert.Equal("ΑΒΓ指数通报", Assert.Single(greek.Items).Title);
    }
}
