using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Portal;

public sealed partial class CataloguePaginationTests
{
    private const int Added = 45;

    [Theory(DisplayName = "公开目录分页：第二页列出的是第二页的信息，链接可以翻到最后一页")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SecondPage_ListsTheNextItems(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        await AddPublishedItemsAsync(factory);
        var items = $"/agencies/{DemoAgencies.SubdistrictCreditCode}/items";
        using var visitor = factory.Session();

        var first = await visitor.GetPageAsync(items);
        var total = int.Parse(TotalPattern().Match(first).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(total >= Added);
        var pages = (total + 19) / 20;
        Assert.Contains($"第 1 / {pages} 页", first, StringComparison.Ordinal);

        var second = await visitor.GetPageAsync(items + "?page=2");
        Assert.Contains($"第 2 / {pages} 页", second, StringComparison.Ordinal);
        Assert.NotEmpty(Titles(first));
        Assert.NotEmpty(Titles(second));
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);

        var last = await visitor.GetPageAsync(items + "?page=" + pages.ToString(CultureInfo.InvariantCulture));
        Assert.Contains($"第 {pages} / {pages} 页", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);

        // A page number that is not a number is page 1, not an error page.
        Assert.Contains($"第 1 / {pages} 页", await visitor.GetPageAsync(items + "?page=abc"), StringComparison.Ordinal);
    }

    private static async Task AddPublishedItemsAsync(GongkaiWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agency = await db.Agencies.SingleAsync(a => a.CreditCode == DemoAgencies.SubdistrictCreditCode, TestContext.Current.CancellationToken);
        for (var i = 1; i <= Added; i++)
        {
            var day = new DateOnly(2023, 1, 1).AddDays(i);
            db.Add(new CatalogueItem
            {
                AgencyId = agency.Id,
                IndexNumber = $"{agency.CreditCode}/2023-{i.ToString("00000", CultureInfo.InvariantCulture)}",
                Title = $"分页试验信息第{i.ToString(CultureInfo.InvariantCulture)}条",
                IssuingBody = agency.Name,
                FormedOn = day,
                PublishedOn = day,
                CategoryCode = "A20-01",
                TopicCode = "02",
                State = PublicationState.Published,
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static List<string> Titles(string page) => [.. TitlePattern().Matches(page).Select(m => m.Value)];

    [GeneratedRegex("共 ([0-9]+) 条")]
    private static partial Regex TotalPattern();

    [GeneratedRegex("分页试验信息第[0-9]+条")]
    private static partial Regex TitlePattern();
}
