using Gongkai.Application.Demo;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

public sealed class RequestAttachmentUploadTests
{
    [Fact(DisplayName = "浏览器：超过限额的附件（31 MB，高于服务器默认的 30 MB 请求上限）得到中文提示而不是断开连接；合格的 PDF 上传后列在申请页上")]
    public async Task OversizedUpload_ShowsTheMessage_ValidOneIsListed()
    {
        await using var app = await BrowserApp.StartAsync();
        var clerk = await app.NewPageAsync();
        await clerk.GotoAsync("/Account/Login");
        await clerk.Locator("#Input_UserName").FillAsync("xinjianlu.officer");
        await clerk.Locator("#Input_Password").FillAsync(new DemoOptions().Password);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await clerk.WaitForURLAsync("**/Staff**");
        await clerk.GotoAsync("/Staff/Requests");
        await clerk.Locator("table a[href^='/Staff/Requests/Detail/']").First.ClickAsync();
        var detail = clerk.Url;

        var huge = new byte[31 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(huge);
        await clerk.GetByLabel("文件（PDF、OFD、Word、Excel、JPEG、PNG，最大 20 MB）").SetInputFilesAsync(new FilePayload { Name = "扫描件.pdf", MimeType = "application/pdf", Buffer = huge });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#attachment-error")).ToContainTextAsync("附件不能超过 20 MB");

        await clerk.GotoAsync(detail);
        await clerk.GetByLabel("附件类别").SelectOptionAsync(new SelectOptionValue { Label = "申请书扫描件" });
        await clerk.GetByLabel("文件（PDF、OFD、Word、Excel、JPEG、PNG，最大 20 MB）").SetInputFilesAsync(new FilePayload { Name = "申请书.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 letter"u8.ToArray() });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("section.attachments")).ToContainTextAsync("申请书.pdf");
        await Assertions.Expect(clerk.Locator("section.attachments")).Not.ToContainTextAsync("扫描件.pdf");
    }
}
