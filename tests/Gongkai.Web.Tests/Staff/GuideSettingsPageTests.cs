using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Staff;

public sealed partial class GuideSettingsPageTests
{
    private const string Page = "/Staff/Agency/Guide";

    private static string Text(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();

    private static Dictionary<string, string> Form(string template, string version = "0", string? section1 = null, bool replace1 = false, string? section2 = null) => new()
    {
        ["Input.IndexTemplate"] = template,
        ["Input.Fax"] = "0371-62600000",
        ["Input.Version"] = version,
        ["Input.SectionText[0]"] = section1 ?? "",
        ["Input.SectionReplaces[0]"] = replace1 ? "true" : "false",
        ["Input.SectionText[1]"] = section2 ?? "",
        ["Input.SectionReplaces[1]"] = "false",
    };

    [Theory(DisplayName = "机关管理员编辑指南各部分和索引号模板（模板须含 {seq}），公开指南随之更新；其他角色只能查看")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Administrator_EditsGuideAndTemplate(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var admin = factory.Session();
        using var a = await admin.SignInAsync("xinjianlu.admin");

        using var invalid = await admin.PostFormAsync(Page, Form("{统一社会信用代码}/{yyyy}", section2: "键入后不丢失的补充文字"));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var shown = Text(invalid);
        Assert.Contains("必须恰好包含一个顺序号", shown, StringComparison.Ordinal);
        Assert.Contains("键入后不丢失的补充文字", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"{统一社会信用代码}/{yyyy}\"", shown, StringComparison.Ordinal);

        using var saved = await admin.PostFormAsync(Page, Form("XJL-{yyyy}-{seq:0000}", section1: "本指南的总则由本机关自行撰写。", replace1: true, section2: "本机关另在街道便民服务中心设政务公开栏。"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var visitor = factory.Session();
        var guide = await visitor.GetPageAsync($"/agencies/{DemoAgencies.SubdistrictCreditCode}/guide");
        Assert.Contains("本指南的总则由本机关自行撰写。", guide, StringComparison.Ordinal);
        Assert.DoesNotContain("为便于公民、法人和其他组织获取", guide, StringComparison.Ordinal);
        Assert.Contains("本机关另在街道便民服务中心设政务公开栏。", guide, StringComparison.Ordinal);
        Assert.Contains("XJL-{yyyy}-{seq:0000}", guide, StringComparison.Ordinal);
        Assert.Contains("0371-62600000", guide, StringComparison.Ordinal);
        Assert.True(guide.IndexOf("（三）公开方式", StringComparison.Ordinal) < guide.IndexOf("本机关另在街道便民服务中心", StringComparison.Ordinal), "appended after the generated paragraphs");

        foreach (var user in new[] { "xinjianlu.officer", "xinjianlu.approver", "xinzheng.supervisor" })
        {
            using var other = factory.Session();
            using var signedIn = await other.SignInAsync(user);
            var readOnly = await other.GetPageAsync(Page);
            Assert.Contains("只有本机关的机关管理员可以修改", readOnly, StringComparison.Ordinal);
            using var forged = await other.PostFormAsync(Page, Form("{yyyy}-{seq}", "1", section1: "篡改"));
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        Assert.DoesNotContain("篡改", await visitor.GetPageAsync($"/agencies/{DemoAgencies.SubdistrictCreditCode}/guide"), StringComparison.Ordinal);
        using var otherAgency = factory.Session();
        using var oa = await otherAgency.SignInAsync("xinhua.officer");
        var theirs = await otherAgency.GetPageAsync(Page);
        Assert.Contains("新郑市新华路街道办事处", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("本机关另在街道便民服务中心", theirs, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "修改索引号模板不得使已发出的索引号被再次使用：按新模板生成的下一个号已用过时拒绝保存")]
    public async Task TemplateChange_NeverReusesAnIssuedNumber()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var admin = factory.Session();
        using var officer = factory.Session();
        using var approver = factory.Session();
        using var a = await admin.SignInAsync("xinjianlu.admin");
        using var o = await officer.SignInAsync("xinjianlu.officer");
        using var p = await approver.SignInAsync("xinjianlu.approver");

        // With k the sequence the next item gets: "X{yyyy}-{seq:0}{k+1}" issues "X2026-k(k+1)", which
        // "X{yyyy}-{k}{seq:0}" would spell again for sequence k+1.
        var k = await NextSequenceAsync(factory);
        var k1 = (k + 1).ToString(CultureInfo.InvariantCulture);
        var ks = k.ToString(CultureInfo.InvariantCulture);
        using (var first = await admin.PostFormAsync(Page, Form("X{yyyy}-{seq:0}" + k1, VersionOf(await admin.GetPageAsync(Page)))))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        await PublishItemAsync(officer, approver);
        var issued = await IndexNumbersAsync(factory);
        var year = factory.Services.GetRequiredService<OfficeToday>().Date.Year.ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"X{year}-{ks}{k1}", issued);

        using var clash = await admin.PostFormAsync(Page, Form("X{yyyy}-" + ks + "{seq:0}", VersionOf(await admin.GetPageAsync(Page))));
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains("已经使用过", Text(clash), StringComparison.Ordinal);

        using var fine = await admin.PostFormAsync(Page, Form("Y{yyyy}-{seq:000}", VersionOf(await admin.GetPageAsync(Page))));
        Assert.Equal(HttpStatusCode.Redirect, fine.StatusCode);
        await PublishItemAsync(officer, approver);
        Assert.Contains($"Y{year}-{(k + 1).ToString("000", CultureInfo.InvariantCulture)}", await IndexNumbersAsync(factory));
    }

    private static async Task<int> NextSequenceAsync(GongkaiWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var year = scope.ServiceProvider.GetRequiredService<OfficeToday>().Date.Year;
        var agency = await db.Agencies.SingleAsync(x => x.CreditCode == DemoAgencies.SubdistrictCreditCode, TestContext.Current.CancellationToken);
        var last = await db.Set<IndexNumberCounterRecord>().Where(c => c.AgencyId == agency.Id && c.Year == year).Select(c => c.LastIssued).FirstOrDefaultAsync(TestContext.Current.CancellationToken);
        return last + 1;
    }

    private static async Task<List<string?>> IndexNumbersAsync(GongkaiWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await db.Set<CatalogueItem>().Select(i => i.IndexNumber).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static async Task PublishItemAsync(WebSession officer, WebSession approver)
    {
        using var created = await officer.PostFormAsync("/Staff/Catalogue/Edit?handler=Save", new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["Input.Title"] = "索引号测试",
            ["Input.IssuingBody"] = DemoAgencies.SubdistrictName,
            ["Input.FormedOn"] = "2024-01-02",
            ["Input.CategoryCode"] = "A20-01",
            ["Input.TopicCode"] = "02",
        }, "/Staff/Catalogue/Edit");
        var edit = created.Headers.Location!.OriginalString;
        foreach (var (session, step) in new[] { (officer, "Submit"), (approver, "Approve") })
        {
            var version = VersionOf(await session.GetPageAsync(edit), "Version");
            using var response = await session.PostFormAsync(edit + "&handler=Step", new Dictionary<string, string> { ["Version"] = version, ["step"] = step }, edit);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    private static string VersionOf(string page, string name = "Input.Version") =>
        Regex.Match(page, "name=\"" + Regex.Escape(name) + "\" value=\"(\\d+)\"").Groups[1].Value is { Length: > 0 } v ? v : FallbackVersion().Match(page).Groups[1].Value;

    [GeneratedRegex("value=\"(\\d+)\" [^>]*name=\"Input.Version\"")]
    private static partial Regex FallbackVersion();
}
