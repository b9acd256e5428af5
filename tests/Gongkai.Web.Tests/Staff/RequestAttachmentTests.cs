using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Requests.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Staff;

public sealed partial class RequestAttachmentTests
{
    private static async Task<RequestRecord> FindAsync(GongkaiWebFactory factory, string descriptionPart)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var all = await db.Requests.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return all.Single(r => r.Description.Contains(descriptionPart, StringComparison.Ordinal));
    }

    private static async Task<List<(string Action, string Fields)>> AuditOfAsync(GongkaiWebFactory factory, Guid attachmentId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(RequestAttachment) && e.EntityId == attachmentId.ToString())
            .OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        return entries.Select(e => (e.Action, e.ChangedFields)).ToList();
    }

    private static string Text(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();

    private static async Task<string> TokenAsync(WebSession session, string page)
    {
        var html = await session.GetPageAsync(page);
        return WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
    }

    private static async Task<HttpResponseMessage> UploadAsync(WebSession session, Guid requestId, string name, HttpContent file, string? tokenPage = null)
    {
        var token = await TokenAsync(session, tokenPage ?? $"/Staff/Requests/Detail/{requestId}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(nameof(RequestAttachmentKind.ApplicantIdentity)), "Kind");
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Attachment", name);
        return await session.Client.PostAsync(new Uri($"/Staff/Requests/Attachments/{requestId}?handler=Upload", UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    [Theory(DisplayName = "请求附件：按内容核验类型，上传、列出、下载、删除留痕，每次变更记入审计")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Upload_List_Download_Remove(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var signedIn = await officer.SignInAsync("xinjianlu.officer");
        var request = await FindAsync(factory, "财政预算执行情况");
        var detail = $"/Staff/Requests/Detail/{request.Id}";

        using var disguised = await UploadAsync(officer, request.Id, "身份证.pdf", new ByteArrayContent(Encoding.Latin1.GetBytes("<script>alert(1)</script>")));
        Assert.Equal(HttpStatusCode.OK, disguised.StatusCode);
        Assert.Contains("文件内容须与扩展名一致", Text(disguised), StringComparison.Ordinal);

        using var accepted = await UploadAsync(officer, request.Id, "身份证.pdf", new ByteArrayContent("%PDF-1.7 identity copy"u8.ToArray()));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var page = await officer.GetPageAsync(detail);
        Assert.Contains("申请人身份证明", page, StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(DownloadLink().Match(page).Value);
        Assert.NotEmpty(link);
        using (var download = await officer.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal("%PDF-1.7 identity copy", Text(download));
        }

        var attachmentId = Guid.Parse(link[^36..]);
        var remove = $"/Staff/Requests/Attachments/{request.Id}?handler=Remove&attachmentId={attachmentId}";
        using var noReason = await officer.PostFormAsync(remove, new Dictionary<string, string> { ["Reason"] = " " }, detail);
        Assert.Contains("请填写删除原因", Text(noReason), StringComparison.Ordinal);
        using var removed = await officer.PostFormAsync(remove, new Dictionary<string, string> { ["Reason"] = "上传错了文件" }, detail);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        page = await officer.GetPageAsync(detail);
        Assert.Contains("<del>身份证.pdf</del>", page, StringComparison.Ordinal);
        Assert.Contains("删除：上传错了文件", page, StringComparison.Ordinal);
        using (var gone = await officer.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var audit = await AuditOfAsync(factory, attachmentId);
        Assert.Equal(["Added", "Modified"], audit.Select(a => a.Action));
        Assert.Contains("RemovedAt", audit[1].Fields, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "超过 20 MB 的附件（如 200 MB）得到中文提示，已保存的申请和附件不受影响")]
    [InlineData(25L * 1024 * 1024)]
    [InlineData(200L * 1024 * 1024)]
    public async Task TooLarge_IsRefusedPlainly(long size)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var signedIn = await officer.SignInAsync("xinjianlu.officer");
        var request = await FindAsync(factory, "财政预算执行情况");
        using var first = await UploadAsync(officer, request.Id, "申请书.pdf", new ByteArrayContent("%PDF-1.7 letter"u8.ToArray()));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        // The smaller one declares its length (refused before reading); the larger one is streamed without
        // a declared length, so the limit is met while the form is read.
        HttpContent body = size < 100L * 1024 * 1024 ? new ByteArrayContent(new byte[size]) : new StreamContent(new PdfLikeStream(size));
        using var huge = await UploadAsync(officer, request.Id, "扫描件.pdf", body);
        Assert.Equal(HttpStatusCode.Redirect, huge.StatusCode);
        var shown = await officer.GetPageAsync(huge.Headers.Location!.OriginalString);
        Assert.Contains("附件不能超过 20 MB", shown, StringComparison.Ordinal);
        Assert.Contains("申请书.pdf", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("扫描件.pdf", shown, StringComparison.Ordinal);
        Assert.Equal(request.Version, (await FindAsync(factory, "财政预算执行情况")).Version);
    }

    [Theory(DisplayName = "另一机关的工作人员看不到、改不了请求附件；监督账号只读")]
    [InlineData("xinhua.officer", "GET", "", HttpStatusCode.NotFound)]
    [InlineData("xinhua.officer", "GET", "?handler=Download&attachmentId={a}", HttpStatusCode.NotFound)]
    [InlineData("xinhua.officer", "POST", "?handler=Upload", HttpStatusCode.NotFound)]
    [InlineData("xinhua.officer", "POST", "?handler=Remove&attachmentId={a}", HttpStatusCode.NotFound)]
    [InlineData("xinzheng.supervisor", "GET", "?handler=Download&attachmentId={a}", HttpStatusCode.OK)]
    [InlineData("xinzheng.supervisor", "POST", "?handler=Upload", HttpStatusCode.Forbidden)]
    [InlineData("xinzheng.supervisor", "POST", "?handler=Remove&attachmentId={a}", HttpStatusCode.Forbidden)]
    public async Task OtherAgency_CannotSeeOrChange(string user, string method, string handler, HttpStatusCode expected)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        var request = await FindAsync(factory, "财政预算执行情况");
        using var owner = factory.Session();
        using (await owner.SignInAsync("xinjianlu.officer"))
        using (var up = await UploadAsync(owner, request.Id, "申请书.pdf", new ByteArrayContent("%PDF-1.7 letter"u8.ToArray())))
        {
            Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        }

        var attachmentId = DownloadLink().Match(await owner.GetPageAsync($"/Staff/Requests/Detail/{request.Id}")).Value[^36..];
        var path = $"/Staff/Requests/Attachments/{request.Id}" + handler.Replace("{a}", attachmentId, StringComparison.Ordinal);
        using var other = factory.Session();
        using var signedIn = await other.SignInAsync(user);
        using var response = method == "GET"
            ? await other.GetAsync(path)
            : handler.Contains("Upload", StringComparison.Ordinal)
                ? await UploadAsync(other, request.Id, "x.pdf", new ByteArrayContent("%PDF-1.7 x"u8.ToArray()), "/Staff/Requests")
                : await other.PostFormAsync(path, new Dictionary<string, string> { ["Reason"] = "试图删除" }, "/Staff/Requests");
        Assert.Equal(expected, response.StatusCode);

        using var check = await owner.GetAsync($"/Staff/Requests/Attachments/{request.Id}?handler=Download&attachmentId={attachmentId}");
        Assert.Equal("%PDF-1.7 letter", Text(check));
        Assert.DoesNotContain("x.pdf", await owner.GetPageAsync($"/Staff/Requests/Detail/{request.Id}"), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("/Staff/Requests/Attachments/[0-9a-f-]{36}\\?handler=Download&amp;attachmentId=[0-9a-f-]{36}")]
    private static partial Regex DownloadLink();
}
