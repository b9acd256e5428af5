using System.Globalization;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Portal;

/// <summary>ADR-010 as the citizen reads it: a capped result count, and what a short query searches.</summary>
public sealed class SearchLimitsTests
{
    [Theory(DisplayName = "检索结果过多时页面注明“超过 1,000 条”并提示缩小范围；一两个字只查标题和文号")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CapAndShortQueryAreExplained(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        var items = $"/agencies/{DemoAgencies.SubdistrictCreditCode}/items";
        using var visitor = factory.Session();
        await visitor.GetPageAsync(items); // the demo agencies are seeded on start
        await using (var db = database.CreateContext())
        {
            var agency = await db.Agencies.SingleAsync(a => a.CreditCode == DemoAgencies.SubdistrictCreditCode, TestContext.Current.CancellationToken);
            for (var i = 1; i <= CatalogueQuery.ResultCap + 1; i++)
            {
                db.Set<CatalogueItem>().Add(new CatalogueItem
                {
                    AgencyId = agency.Id,
                    IndexNumber = "BULK-" + i.ToString("00000", CultureInfo.InvariantCulture),
                    Title = "社区通知",
                    IssuingBody = agency.Name,
                    FormedOn = new DateOnly(2024, 1, 1),
                    PublishedOn = new DateOnly(2024, 1, 2),
                    CategoryCode = "A20-01",
                    TopicCode = "02",
                    Body = "开展垃圾分类宣传。",
                    State = PublicationState.Published,
                });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var capped = await visitor.GetPageAsync(items + "?q=" + Uri.EscapeDataString("垃圾分类"));
        Assert.Contains("找到超过 1,000 条结果，检索词“垃圾分类”，只列出排在前面的 1,000 条。请加长检索词，或按类别、主题、年份筛选。", capped, StringComparison.Ordinal);
        Assert.Contains("第 1 / 50 页", capped, StringComparison.Ordinal);
        var beyond = await visitor.GetPageAsync(items + "?page=51&q=" + Uri.EscapeDataString("垃圾分类"));
        Assert.Contains("结果太多，只能翻到第 50 页。", beyond, StringComparison.Ordinal);
        var second = await visitor.GetPageAsync(items + "?q=" + Uri.EscapeDataString("垃圾分类") + "&page=2");
        Assert.Contains("第 2 / 50 页", second, StringComparison.Ordinal); // ?page= reaches the search (it once bound the route value)
        var exact = await visitor.GetPageAsync(items + "?q=" + Uri.EscapeDataString("社区通知"));
        Assert.Contains("找到超过 1,000 条结果", exact, StringComparison.Ordinal);

        var shortTerm = await visitor.GetPageAsync(items + "?q=" + Uri.EscapeDataString("垃圾"));
        Assert.Contains("共 0 条，检索词“垃圾”。", shortTerm, StringComparison.Ordinal); // only in the bodies
        Assert.Contains("一两个字的检索词只检索标题和文号", shortTerm, StringComparison.Ordinal);
        Assert.DoesNotContain("一两个字的检索词", capped, StringComparison.Ordinal);
    }
}
