using Deque.AxeCore.Playwright;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Application.Demo;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

public sealed class CitizenJourneyTests
{
    private static readonly string Column = $"/agencies/{DemoAgencies.SubdistrictCreditCode}";

    [Fact(DisplayName = "浏览器：公民在线申请，工作人员作出答复，公民凭查询码和密码查到答复")]
    public async Task CitizenSubmits_ClerkAnswers_CitizenSeesReply()
    {
        await using var app = await BrowserApp.StartAsync();

        var citizen = await app.NewPageAsync();
        await citizen.GotoAsync(Column + "/request");
        await citizen.GetByLabel("姓名或者名称 *").FillAsync("张三");
        await citizen.GetByLabel("证件号码 *").FillAsync("11010519491231002X");
        await citizen.GetByLabel("联系电话 *").FillAsync("13800000000");
        await citizen.GetByLabel("名称、文号或者便于查询的其他特征性描述 *").FillAsync("2024年本街道老旧小区改造项目清单");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "申请回执" })).ToBeVisibleAsync();
        var code = (await citizen.Locator("dt:has-text('查询码') + dd").InnerTextAsync()).Trim();
        var secret = (await citizen.Locator("dt:has-text('查询密码') + dd").InnerTextAsync()).Trim();
        var number = (await citizen.Locator("dt:has-text('申请编号') + dd").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{10}$", code);

        var clerk = await app.NewPageAsync();
        await clerk.GotoAsync("/Account/Login");
        await clerk.Locator("#Input_UserName").FillAsync("xinjianlu.officer");
        await clerk.Locator("#Input_Password").FillAsync(new DemoOptions().Password);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await clerk.GotoAsync("/Staff/Requests");
        await clerk.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        var reply = clerk.Locator("form.step:has(input[name='Step.Kind'][value='Replied'])");
        await reply.Locator("input[name='Step.Note']").FillAsync("本机关已将改造项目清单发送至您的电子邮箱。");
        await reply.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(clerk.Locator("body")).ToContainTextAsync("已答复");
        await Assertions.Expect(clerk.GetByRole(AriaRole.Link, new() { Name = "下载《政府信息公开申请答复书》(DOCX)" })).ToBeVisibleAsync();

        await citizen.GotoAsync("/track?code=" + code);
        await citizen.GetByLabel("查询密码").FillAsync(secret);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("dt:has-text('状态') + dd")).ToHaveTextAsync("已答复");
        var download = await citizen.RunAndWaitForDownloadAsync(() => citizen.GetByRole(AriaRole.Button, new() { Name = "下载答复书（DOCX）" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using var letter = WordprocessingDocument.Open(await download.PathAsync(), isEditable: false);
        var paragraphs = letter.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Equal("新郑市新建路街道办事处政府信息公开申请答复书", paragraphs[0]);
        Assert.Matches("^新郑市新建路街道公开答〔[0-9]{4}〕[1-9][0-9]*号$", paragraphs[1]);
        Assert.Equal("张三：", paragraphs[2]);
        Assert.Contains(paragraphs, p => p.Contains("2024年本街道老旧小区改造项目清单", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("《中华人民共和国政府信息公开条例》第三十六条第（二）项", StringComparison.Ordinal));
        Assert.Contains("获取该政府信息的方式、途径和时间：本机关已将改造项目清单发送至您的电子邮箱。", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("如对本答复不服，可以自收到本答复之日起60日内向新郑市人民政府申请行政复议", StringComparison.Ordinal));
        Assert.Equal("新郑市新建路街道办事处", paragraphs[^2]);
    }

    [Theory(DisplayName = "无障碍：主要公开页面没有严重（serious）或危急（critical）问题（axe-core）")]
    [InlineData("/")]
    [InlineData("COLUMN")]
    [InlineData("COLUMN/guide")]
    [InlineData("COLUMN/items")]
    [InlineData("COLUMN/request")]
    [InlineData("/track")]
    public async Task PublicPages_HaveNoSeriousAccessibilityViolations(string path)
    {
        await using var app = await BrowserApp.StartAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync(path.Replace("COLUMN", Column, StringComparison.Ordinal));
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
