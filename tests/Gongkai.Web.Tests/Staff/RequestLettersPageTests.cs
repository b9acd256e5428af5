using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Staff;

public sealed partial class RequestLettersPageTests
{
    [Theory(DisplayName = "Letters: a reply's 答复书 is issued and offered as DOCX; another agency gets 404; a supervisor may download but not issue (403)")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReplyLetter_DownloadAndAuthorization(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        var request = await FindAsync(factory, "财政预算执行情况");
        var detail = $"/Staff/Requests/Detail/{request.Id}";
        using var officer = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");
        using var replied = await officer.PostFormAsync(detail + "?handler=Step", Step("Replied", request.Version, ("Step.DispositionKey", "disclosed"), ("Step.Note", "本机关已将预算执行情况报告邮寄给您。")), detail);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);

        var page = await officer.GetPageAsync(detail);
        Assert.Contains("下载《政府信息公开申请答复书》(DOCX)", page, StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(LetterLink().Match(page).Value);
        Assert.StartsWith($"/Staff/Requests/Letter/{request.Id}?step=", link, StringComparison.Ordinal);

        using var download = await officer.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
        var text = DocxText(await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains("新郑市新建路街道办事处政府信息公开申请答复书", text, StringComparison.Ordinal);
        Assert.Contains("本机关已将预算执行情况报告邮寄给您。", text, StringComparison.Ordinal);
        Assert.Contains("第三十六条第（二）项", text, StringComparison.Ordinal);

        using var other = factory.Session();
        using var b = await other.SignInAsync("xinhua.officer");
        using (var look = await other.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.NotFound, look.StatusCode);
        }

        using (var issue = await other.PostFormAsync(link, new Dictionary<string, string> { ["Particulars"] = "理由" }, "/Staff/Requests"))
        {
            Assert.Equal(HttpStatusCode.NotFound, issue.StatusCode);
        }

        using var supervisor = factory.Session();
        using var c = await supervisor.SignInAsync("xinzheng.supervisor");
        using (var look = await supervisor.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, look.StatusCode);
        }

        using (var issue = await supervisor.PostFormAsync(link, new Dictionary<string, string> { ["Particulars"] = "理由" }, "/Staff/Requests"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, issue.StatusCode);
        }
    }

    [Theory(DisplayName = "Letters: a refusal without reasons is not issued on its own; the clerk adds the reasons on the request page and issues it")]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task WithheldReply_IssuedOnDemandWithReasons(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        var request = await FindAsync(factory, "财政预算执行情况");
        var detail = $"/Staff/Requests/Detail/{request.Id}";
        using var officer = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");
        using var replied = await officer.PostFormAsync(detail + "?handler=Step", Step("Replied", request.Version, ("Step.DispositionKey", "withheld_process_info")), detail);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);

        var page = await officer.GetPageAsync(detail);
        Assert.DoesNotContain("下载《政府信息公开申请答复书》", page, StringComparison.Ordinal);
        var action = WebUtility.HtmlDecode(LetterLink().Match(page).Value);
        using var refused = await officer.PostFormAsync(action, new Dictionary<string, string> { ["Particulars"] = "" }, detail);
        Assert.Contains("不能只引用法条", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var issued = await officer.PostFormAsync(action, new Dictionary<string, string> { ["Particulars"] = "所申请的预算调整请示属于向上级机关的请示报告，尚未形成正式文件。" }, detail);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Contains("下载《政府信息公开申请答复书》(DOCX)", await officer.GetPageAsync(detail), StringComparison.Ordinal);
    }

    [Theory(DisplayName = "Letters: the 复议机关 set on the agency profile page is the one the next letter names")]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task ReviewBodyFromProfile_IsNamedInTheLetter(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");
        var profile = await officer.GetPageAsync("/Staff/Agency/Profile");
        var version = VersionField().Match(profile).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["Input.Version"] = version,
            ["Input.DisclosureOffice"] = "党政办公室",
            ["Input.Address"] = "新郑市人民路",
            ["Input.Phone"] = "0371-62593612",
            ["Input.ReviewBody"] = "新郑市人民政府（复议机构：新郑市司法局）",
            ["Input.OnlineReviewChannel"] = "新郑市人民政府门户网站",
        };
        using (var saved = await officer.PostFormAsync("/Staff/Agency/Profile", fields))
        {
            Assert.Contains("已保存。", await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var request = await FindAsync(factory, "财政预算执行情况");
        var detail = $"/Staff/Requests/Detail/{request.Id}";
        using var replied = await officer.PostFormAsync(detail + "?handler=Step", Step("Replied", request.Version, ("Step.DispositionKey", "unable_not_held"), ("Step.Note", "本机关检索了2026年度收文、发文登记簿，未找到该信息。")), detail);
        var link = WebUtility.HtmlDecode(LetterLink().Match(await officer.GetPageAsync(detail)).Value);
        using var download = await officer.GetAsync(link);
        var text = DocxText(await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains("向新郑市人民政府（复议机构：新郑市司法局）申请行政复议", text, StringComparison.Ordinal);
        Assert.Contains("检索情况：本机关检索了2026年度收文、发文登记簿，未找到该信息。", text, StringComparison.Ordinal);
    }

    private static async Task<RequestRecord> FindAsync(GongkaiWebFactory factory, string descriptionPart)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var all = await db.Requests.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return all.Single(r => r.Description.Contains(descriptionPart, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Step(string kind, long version, params (string Key, string Value)[] more)
    {
        var form = new Dictionary<string, string> { ["Step.Kind"] = kind, ["Step.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in more)
        {
            form[key] = value;
        }

        return form;
    }

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("/Staff/Requests/Letter/[0-9a-f-]+\\?step=[0-9a-f-]+")]
    private static partial Regex LetterLink();
}
