using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;

namespace Gongkai.Web.Tests.Portal;

public sealed partial class CatalogueAttachmentTests
{
    [Fact(DisplayName = "附件：类型不符的文件被拒绝，公开后公众可下载 PDF")]
    public async Task UploadCheckedAndDownloaded()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        await officer.SignInAsync("xinjianlu.officer");
        using var created = await officer.PostFormAsync("/Staff/Catalogue/Edit?handler=Save", new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["Input.Title"] = "附件测试",
            ["Input.IssuingBody"] = DemoAgencies.SubdistrictName,
            ["Input.FormedOn"] = "2024-01-02",
            ["Input.CategoryCode"] = "A20-01",
            ["Input.TopicCode"] = "02",
        }, "/Staff/Catalogue/Edit");
        var edit = created.Headers.Location!.OriginalString;

        var refused = await Upload(officer, edit, "伪装.pdf", "<script>alert(1)</script>");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("文件内容须与扩展名一致", refused.Body, StringComparison.Ordinal);
        var accepted = await Upload(officer, edit, "通知.pdf", "%PDF-1.7 test");
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);

        await Step(officer, edit, "Submit");
        using var approver = factory.Session();
        await approver.SignInAsync("xinjianlu.approver");
        await Step(approver, edit, "Approve");

        using var visitor = factory.Session();
        var list = await visitor.GetPageAsync($"/agencies/{DemoAgencies.SubdistrictCreditCode}/items");
        var item = await visitor.GetPageAsync(ItemLink().Match(list).Value);
        var link = AttachmentLink().Match(item).Value;
        using var download = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("%PDF-1.7 test", await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(HttpStatusCode Status, string Body)> Upload(WebSession session, string edit, string name, string content)
    {
        var page = await session.GetPageAsync(edit);
        var token = TokenField().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.Latin1.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Attachment", name);
        using var response = await session.Client.PostAsync(new Uri(edit + "&handler=Attach", UriKind.Relative), form, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task Step(WebSession session, string edit, string step)
    {
        var page = await session.GetPageAsync(edit);
        var version = VersionField().Match(page).Groups[1].Value;
        using var response = await session.PostFormAsync(edit + "&handler=Step", new Dictionary<string, string> { ["Version"] = version, ["step"] = step }, edit);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("/agencies/[0-9A-Z]{18}/items/[0-9a-f-]{36}")]
    private static partial Regex ItemLink();

    [GeneratedRegex("/agencies/[0-9A-Z]{18}/items/[0-9a-f-]{36}/attachments/[0-9a-f-]{36}")]
    private static partial Regex AttachmentLink();
}
