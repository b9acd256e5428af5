using System.Globalization;
using Gongkai.Application.Demo;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

public sealed class ReportLiveChecksTests
{
    [Fact(DisplayName = "浏览器：编辑年报正文时，与表三不符的数字在保存前就在该部分旁提示（K8），页面安全策略下脚本照常运行")]
    public async Task NarrativeFigures_AreCheckedAsYouType()
    {
        await using var app = await BrowserApp.StartAsync();
        var clerk = await app.NewPageAsync();
        var blocked = new List<string>();
        clerk.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("favicon", StringComparison.Ordinal) && !message.Location.Contains("favicon", StringComparison.Ordinal))
            {
                blocked.Add(message.Text + " @ " + message.Location);
            }
        };
        await clerk.GotoAsync("/Account/Login");
        await clerk.Locator("#Input_UserName").FillAsync("xinjianlu.officer");
        await clerk.Locator("#Input_Password").FillAsync(new DemoOptions().Password);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await clerk.WaitForURLAsync("**/Staff**");

        await clerk.GotoAsync("/Staff/Reports"); // last year's report, computed from the demo records
        var received = int.Parse((await clerk.Locator("td[data-cell='requests.new_received.total']").InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);

        await clerk.GetByLabel("一、总体情况").FillAsync($"全年受理依申请公开{received + 4}件。");
        await Assertions.Expect(clerk.Locator("#findings-1")).ToContainTextAsync("K8");
        await Assertions.Expect(clerk.Locator("#live-checks-status")).ToContainTextAsync("尚未保存");

        await clerk.GetByLabel("一、总体情况").FillAsync($"全年受理依申请公开{received}件。");
        await Assertions.Expect(clerk.Locator("#findings-1")).Not.ToContainTextAsync("K8");
        Assert.Empty(blocked);
    }
}
