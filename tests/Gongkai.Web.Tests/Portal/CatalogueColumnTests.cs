using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;

namespace Gongkai.Web.Tests.Portal;

public sealed partial class CatalogueColumnTests
{
    private const string Hostile = "<script>alert(1)</script>老旧小区改造计划";

    [Theory(DisplayName = "专员起草、审批人审核公开、公众浏览检索，撤回后留痕；标题中的脚本被转义")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DraftApprovePublishSearchWithdraw(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        var column = $"/agencies/{DemoAgencies.SubdistrictCreditCode}";

        using var officer = factory.Session();
        await officer.SignInAsync("xinjianlu.officer");
        using var created = await officer.PostFormAsync("/Staff/Catalogue/Edit?handler=Save", new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["Input.Title"] = Hostile,
            ["Input.IssuingBody"] = DemoAgencies.SubdistrictName,
            ["Input.DocumentNumber"] = "新建办〔2024〕3号",
            ["Input.FormedOn"] = "2024-01-02",
            ["Input.CategoryCode"] = "A20-11",
            ["Input.TopicCode"] = "10",
            ["Input.Summary"] = "改造计划概述",
            ["Input.Body"] = "辖区内三个小区纳入改造。",
        }, "/Staff/Catalogue/Edit");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        await Step(officer, edit, "Submit");

        using var approver = factory.Session();
        await approver.SignInAsync("xinjianlu.approver");
        var approved = await Step(approver, edit, "Approve");
        Assert.Contains("已公开", approved, StringComparison.Ordinal);
        Assert.Contains("超过条例第二十六条的公开时限", approved, StringComparison.Ordinal); // formed long before today

        using var visitor = factory.Session();
        var list = await visitor.GetPageAsync(column + "/items");
        Assert.DoesNotContain("<script>alert(1)", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;老旧小区改造计划", list, StringComparison.Ordinal);
        Assert.Contains($"{DemoAgencies.SubdistrictCreditCode}/", list, StringComparison.Ordinal); // 索引号

        var found = await visitor.GetPageAsync(column + "/items?q=" + Uri.EscapeDataString("小区改造"));
        Assert.Contains("<mark>小区改造</mark>", found, StringComparison.Ordinal);
        Assert.Contains("共 1 条", found, StringComparison.Ordinal);
        // ADR-010: a one-character query searches titles and 文号 only ("辖" is in the body alone).
        Assert.Contains("共 1 条", await visitor.GetPageAsync(column + "/items?q=" + Uri.EscapeDataString("改")), StringComparison.Ordinal);
        Assert.Contains("共 0 条", await visitor.GetPageAsync(column + "/items?q=" + Uri.EscapeDataString("辖")), StringComparison.Ordinal);

        var itemPath = ItemLink().Match(list).Value;
        var item = await visitor.GetPageAsync(itemPath);
        Assert.Contains("新建办〔2024〕3号", item, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">有效性</th><td>有效</td>", item, StringComparison.Ordinal);
        Assert.Contains("辖区内三个小区纳入改造。", item, StringComparison.Ordinal);

        await Step(approver, edit, "Withdraw", "内容有误");
        var trace = await visitor.GetPageAsync(itemPath);
        Assert.Contains("撤回理由：内容有误", trace, StringComparison.Ordinal);
        Assert.DoesNotContain("辖区内三个小区纳入改造。", trace, StringComparison.Ordinal);
        Assert.Contains("共 0 条", await visitor.GetPageAsync(column + "/items?q=" + Uri.EscapeDataString("小区改造")), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "条例第十二条：指南由机关资料生成；栏目列出街道适用的法定主动公开类别")]
    public async Task GuideAndColumn()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var visitor = factory.Session();
        var column = $"/agencies/{DemoAgencies.SubdistrictCreditCode}";

        var guide = await visitor.GetPageAsync(column + "/guide");
        Assert.Contains("新郑市新建路街道办事处政府信息公开指南", guide, StringComparison.Ordinal);
        Assert.Contains("联系电话：0371-62593612", guide, StringComparison.Ordinal);
        Assert.Contains("20 个工作日内予以答复", guide, StringComparison.Ordinal);

        var page = await visitor.GetPageAsync(column);
        Assert.Contains("财政预算、决算信息", page, StringComparison.Ordinal);
        Assert.DoesNotContain("宅基地", page, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "他机关的工作人员看不到本机关的草稿")]
    public async Task OtherAgencyStaff_CannotSeeDraft()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        await officer.SignInAsync("xinjianlu.officer");
        using var created = await officer.PostFormAsync("/Staff/Catalogue/Edit?handler=Save", new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["Input.Title"] = "草稿",
            ["Input.IssuingBody"] = DemoAgencies.SubdistrictName,
            ["Input.FormedOn"] = "2024-01-02",
            ["Input.CategoryCode"] = "A20-01",
            ["Input.TopicCode"] = "02",
        }, "/Staff/Catalogue/Edit");
        var edit = created.Headers.Location!.OriginalString;

        using var other = factory.Session();
        await other.SignInAsync("xinhua.officer");
        using var response = await other.GetAsync(edit);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Takes a publication step on an item's edit page and returns the page afterwards.</summary>
    internal static async Task<string> Step(WebSession session, string edit, string step, string? reason = null)
    {
        var page = await session.GetPageAsync(edit);
        var version = VersionField().Match(page).Groups[1].Value;
        var fields = new Dictionary<string, string> { ["Version"] = version, ["step"] = step };
        if (reason is not null)
        {
            fields["Reason"] = reason;
        }

        using var response = await session.PostFormAsync(edit + "&handler=Step", fields, edit);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await session.GetPageAsync(edit);
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("/agencies/[0-9A-Z]{18}/items/[0-9a-f-]{36}")]
    private static partial Regex ItemLink();
}
