using System.Net;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;

namespace Gongkai.Web.Tests.Portal;

public sealed class HomePageTests
{
    [Theory(DisplayName = "The public home page lists the agencies; each leads to its 政府信息公开 column with the 年报 section")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Home_ListsAgencies_AndColumnShowsContactAndReports(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var visitor = factory.Session();

        var home = await visitor.GetPageAsync("/");
        Assert.Contains("<html lang=\"zh-CN\">", home, StringComparison.Ordinal);
        Assert.Contains("新郑市新建路街道办事处", home, StringComparison.Ordinal);
        Assert.Contains($"/agencies/{DemoAgencies.SubdistrictCreditCode}", home, StringComparison.Ordinal);

        var column = await visitor.GetPageAsync($"/agencies/{DemoAgencies.SubdistrictCreditCode}");
        Assert.Contains("0371-62593612", column, StringComparison.Ordinal);
        Assert.Contains("新郑市人民政府", column, StringComparison.Ordinal);
        Assert.Contains("政府信息公开年报", column, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "An unknown address gets a Chinese 404 page")]
    public async Task UnknownPath_GetsChineseNotFoundPage()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var visitor = factory.Session();

        using var response = await visitor.GetAsync("/agencies/000000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
