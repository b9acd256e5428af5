using Gongkai.Application.Demo;

namespace Gongkai.Browser.Tests;

public sealed class MobileLayoutTests
{
    private static readonly string Column = $"/agencies/{DemoAgencies.SubdistrictCreditCode}";

    /// <summary>The public pages a citizen opens on a phone, with the demo data behind them.</summary>
    private static readonly string[] Paths =
    [
        "/",
        Column,
        Column + "/guide",
        Column + "/items",
        Column + "/items?page=2",
        Column + "/items?q=" + Uri.EscapeDataString("部门预算"),
        Column + "/reports/2020",
        Column + "/request",
        "/track",
    ];

    [Fact(DisplayName = "手机屏幕（375 像素宽）：公开页面不需要左右滚动整页；宽表格在自己的区域内滚动")]
    public async Task PublicPages_FitAPhoneScreen()
    {
        await using var app = await BrowserApp.StartAsync();
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(375, 812);
        var item = await FirstItemAsync(page);
        var overflowing = new List<string>();
        foreach (var path in Paths.Append(item))
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                overflowing.Add($"{path}: {widths[0]} px > {widths[1]} px");
            }
        }

        Assert.True(overflowing.Count == 0, string.Join(Environment.NewLine, overflowing));
    }

    private static async Task<string> FirstItemAsync(Microsoft.Playwright.IPage page)
    {
        await page.GotoAsync(Column + "/items");
        var href = await page.Locator("table.catalogue tbody a").First.GetAttributeAsync("href");
        return href ?? throw new InvalidOperationException("the demo catalogue lists no item");
    }
}
