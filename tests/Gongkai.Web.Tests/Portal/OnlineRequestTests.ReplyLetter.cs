using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Portal;

public sealed partial class OnlineRequestTests
{
    [Theory(DisplayName = "条例第三十六条：公民凭查询码和密码下载工作人员出具的答复书（DOCX）；密码不对则下载不到")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Citizen_DownloadsTheIssuedReplyLetter_OnlyWithTheSecret(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var citizen = factory.Session();
        var secret = SecretField().Match(await citizen.GetPageAsync(RequestPage)).Groups[1].Value;
        var code = CodeField().Match(await Read(await citizen.PostFormAsync(RequestPage, Valid(secret)))).Groups[1].Value;
        var reply = new Dictionary<string, string> { ["Code"] = code, ["Secret"] = secret };

        using (var early = await citizen.PostFormAsync("/track?handler=Reply", reply, "/track"))
        {
            Assert.NotEqual("application/vnd.openxmlformats-officedocument.wordprocessingml.document", early.Content.Headers.ContentType?.MediaType);
        }

        RequestRecord request;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            request = await db.Requests.AsNoTracking().SingleAsync(r => r.Description == "2024年本街道老旧小区改造项目清单", ct);
        }

        using var clerk = factory.Session();
        using var signedIn = await clerk.SignInAsync("xinjianlu.officer");
        var detail = $"/Staff/Requests/Detail/{request.Id}";
        var step = new Dictionary<string, string>
        {
            ["Step.Kind"] = "Replied",
            ["Step.Version"] = request.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Step.DispositionKey"] = "disclosed",
            ["Step.Note"] = "本机关已将改造项目清单发送至您的电子邮箱。",
        };
        using (var replied = await clerk.PostFormAsync(detail + "?handler=Step", step, detail))
        {
            Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        }

        using (var wrong = await citizen.PostFormAsync("/track?handler=Reply", new Dictionary<string, string> { ["Code"] = code, ["Secret"] = new string('0', 32) }, "/track"))
        {
            Assert.NotEqual("application/vnd.openxmlformats-officedocument.wordprocessingml.document", wrong.Content.Headers.ContentType?.MediaType);
            Assert.Contains("查询码或密码不正确。", await wrong.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        using var download = await citizen.PostFormAsync("/track?handler=Reply", reply, "/track");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync(ct)), isEditable: false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("新郑市新建路街道办事处政府信息公开申请答复书", text, StringComparison.Ordinal);
        Assert.Contains("张三：", text, StringComparison.Ordinal);
        Assert.Contains("本机关已将改造项目清单发送至您的电子邮箱。", text, StringComparison.Ordinal);
        Assert.Contains("行政复议申请也可以通过", text, StringComparison.Ordinal);
    }
}
