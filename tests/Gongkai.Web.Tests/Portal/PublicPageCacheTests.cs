using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;

namespace Gongkai.Web.Tests.Portal;

public sealed partial class PublicPageCacheTests
{
    [Theory(DisplayName = "公开目录页面缓存：审核公开后立即可见，撤回后立即消失（条例第二十六条）")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CachedCatalogue_ShowsNewItemRightAfterPublication(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        var items = $"/agencies/{DemoAgencies.SubdistrictCreditCode}/items";
        var search = items + "?q=" + Uri.EscapeDataString("缓存试验");
        using var visitor = factory.Session();
        var before = Count(await visitor.GetPageAsync(items));
        Assert.Contains("共 0 条", await visitor.GetPageAsync(search), StringComparison.Ordinal);
        using (var again = await visitor.GetAsync(items))
        {
            Assert.NotNull(again.Headers.Age); // served from the cache: the test below would otherwise prove nothing
        }

        using var officer = factory.Session();
        await officer.SignInAsync("xinjianlu.officer");
        using var created = await officer.PostFormAsync("/Staff/Catalogue/Edit?handler=Save", new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["Input.Title"] = "缓存试验通知",
            ["Input.IssuingBody"] = DemoAgencies.SubdistrictName,
            ["Input.FormedOn"] = "2024-01-02",
            ["Input.CategoryCode"] = "A20-01",
            ["Input.TopicCode"] = "02",
        }, "/Staff/Catalogue/Edit");
        var edit = created.Headers.Location!.OriginalString;
        await CatalogueColumnTests.Step(officer, edit, "Submit");
        Assert.Equal(before, Count(await visitor.GetPageAsync(items))); // a draft is not public
        using var approver = factory.Session();
        await approver.SignInAsync("xinjianlu.approver");
        await CatalogueColumnTests.Step(approver, edit, "Approve");

        var published = await visitor.GetPageAsync(items);
        Assert.Equal(before + 1, Count(published));
        Assert.Contains("缓存试验通知", published, StringComparison.Ordinal);
        Assert.Contains("共 1 条", await visitor.GetPageAsync(search), StringComparison.Ordinal);

        await CatalogueColumnTests.Step(approver, edit, "Withdraw", "试验结束");
        Assert.Equal(before, Count(await visitor.GetPageAsync(items)));
        Assert.Contains("共 0 条", await visitor.GetPageAsync(search), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "已登录的工作人员看到的公开页面不取自缓存，也不存入缓存")]
    public async Task SignedInStaff_AreNeverServedFromTheCache()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        var items = $"/agencies/{DemoAgencies.SubdistrictCreditCode}/items";
        using var visitor = factory.Session();
        await visitor.GetPageAsync(items);
        using var officer = factory.Session();
        await officer.SignInAsync("xinjianlu.officer");

        using var response = await officer.GetAsync(items);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        Assert.Contains("xinjianlu.officer", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static int Count(string page) => int.Parse(Total().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("共 (\\d+) 条")]
    private static partial Regex Total();
}
