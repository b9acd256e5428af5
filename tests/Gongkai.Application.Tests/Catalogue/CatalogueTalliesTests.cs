using Gongkai.Application.Catalogue;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Application.Tests.Catalogue;

public sealed class CatalogueTalliesTests
{
    [Theory(DisplayName = "类别计数缓存：新公开的信息立即计入，撤回的立即扣除（条例第二十条、第二十六条）")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CountsFollowPublicationAndWithdrawal_AtOnce(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueSearchTests.Seeded(provider);
        using var cache = new MemoryCache(new MemoryCacheOptions());
        async Task<(int Budget, int All, int Listed)> CountsAsync()
        {
            await using var db = fixture.Database.CreateContext();
            var search = CatalogueSearchTests.Search(db, cache);
            var budget = await search.SearchAsync(new CatalogueQuery(fixture.City.Id, CategoryCode: "A20-07"), TestContext.Current.CancellationToken);
            var all = await search.SearchAsync(new CatalogueQuery(fixture.City.Id), TestContext.Current.CancellationToken);
            return (budget.Total, all.Total, all.Items.Count);
        }

        Assert.Equal((1, 4, 4), await CountsAsync());
        Assert.Equal((1, 4, 4), await CountsAsync()); // from the cache, unchanged

        var added = await fixture.PublishAsync(CatalogueFixture.Input("2025年部门预算公开", "预算收支总表。", category: "A20-07", topic: "04"));
        Assert.Equal((2, 5, 5), await CountsAsync());

        await using (var db = fixture.Database.CreateContext(timeProvider: fixture.Clock))
        {
            var withdrawn = await fixture.Desk(db).StepAsync(fixture.Scope, added.Id, added.Version, PublicationStep.Withdraw, "数据有误", isApprover: true, TestContext.Current.CancellationToken);
            Assert.True(withdrawn.Succeeded);
        }

        Assert.Equal((1, 4, 4), await CountsAsync());
    }
}
