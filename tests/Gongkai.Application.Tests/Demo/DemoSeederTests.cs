using Gongkai.Application.Catalogue;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Staff;
using Gongkai.Domain.Catalogue;
using Gongkai.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Tests.Demo;

public sealed class DemoSeederTests
{
    [Theory(DisplayName = "First run creates the seed's agency under 新郑市 and one account per role; a second run adds nothing")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Seed_OnEmptyDatabase_CreatesTreeAndAccounts_Once(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = ApplicationServices.For(database);

        for (var run = 0; run < 2; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var accounts = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            Assert.Equal(DemoSeeder.Accounts, accounts);
        }

        await using var check = services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var users = check.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var subdistrict = await db.Agencies.Include(a => a.Parent).SingleAsync(a => a.CreditCode == DemoAgencies.SubdistrictCreditCode, ct);
        Assert.Equal("新郑市新建路街道办事处", subdistrict.Name);
        Assert.Equal("新郑市人民政府", subdistrict.Parent!.Name);
        Assert.Equal("0371-62593612", subdistrict.Phone);
        Assert.Equal("xinjianlu626@163.com", subdistrict.Email);
        Assert.Equal(3, await db.Agencies.CountAsync(ct));
        Assert.Equal(DemoSeeder.Accounts.Count, await db.Users.CountAsync(ct));
        foreach (var role in StaffRoles.All)
        {
            Assert.NotEmpty(await users.GetUsersInRoleAsync(role));
        }

        var officer = await users.FindByNameAsync("xinjianlu.officer");
        Assert.True(await users.CheckPasswordAsync(officer!, new DemoOptions().Password));
        Assert.Equal(subdistrict.Id, officer!.AgencyId);
    }

    [Fact(DisplayName = "演示目录：街道的法定主动公开内容经审核公开，带索引号，按年份分布，迟于二十个工作日公开的一条被标记（条例第二十六条）")]
    public async Task Seed_PublishesTheSubdistrictCatalogue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var services = ApplicationServices.For(database);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        }

        await using var check = services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var subdistrict = await db.Agencies.SingleAsync(a => a.CreditCode == DemoAgencies.SubdistrictCreditCode, ct);
        var items = await db.Set<CatalogueItem>().Where(i => i.AgencyId == subdistrict.Id).ToListAsync(ct);
        Assert.True(items.Count > 20, "more than one page of the public catalogue");
        Assert.All(items, i => Assert.Equal(PublicationState.Published, i.State));
        Assert.All(items, i => Assert.StartsWith($"{DemoAgencies.SubdistrictCreditCode}/{i.PublishedOn!.Value.Year}-", i.IndexNumber, StringComparison.Ordinal));
        Assert.Equal(items.Count, items.Select(i => i.IndexNumber).Distinct().Count());
        var byDate = items.OrderBy(i => i.PublishedOn).ThenBy(i => i.IndexNumber, StringComparer.Ordinal).Select(i => i.IndexNumber).ToList();
        Assert.Equal(items.Select(i => i.IndexNumber).Order(StringComparer.Ordinal), byDate); // each year's sequence follows the dates
        Assert.Equal([2019, 2020, 2021, 2022], items.Select(i => i.PublishedOn!.Value.Year).Distinct().Order());
        Assert.True(items.Select(i => i.CategoryCode).Distinct().Count() >= 8);
        Assert.Single(items, i => i.PublishedLate);

        var page = await check.ServiceProvider.GetRequiredService<ICatalogueSearch>()
            .SearchAsync(new CatalogueQuery(subdistrict.Id, "政府集中采购", null, null, null, 1), ct);
        Assert.Contains(page.Items, h => h.Title.Contains("政府集中采购项目实施情况", StringComparison.Ordinal));
    }
}
