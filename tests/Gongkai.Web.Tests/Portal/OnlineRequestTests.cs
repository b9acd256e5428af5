using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Portal;

public sealed partial class OnlineRequestTests
{
    private static readonly string RequestPage = $"/agencies/{DemoAgencies.SubdistrictCreditCode}/request";

    [Theory(DisplayName = "条例第二十九条、第三十一条：在线申请生成回执和二维码，进入工作人员收件箱，重复提交不重复登记")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Submit_GivesReceipt_LandsInInbox_Once(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var citizen = factory.Session();

        var form = await citizen.GetPageAsync(RequestPage);
        var secret = SecretField().Match(form).Groups[1].Value;
        Assert.Matches("^[0-9A-F]{4}(-[0-9A-F]{4}){7}$", secret);
        var fields = Valid(secret);
        var first = await Read(await citizen.PostFormAsync(RequestPage, fields));
        var again = await Read(await citizen.PostFormAsync(RequestPage, fields));

        Assert.Contains("申请回执", first, StringComparison.Ordinal);
        Assert.Contains(secret, first, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", first, StringComparison.Ordinal);
        var code = CodeField().Match(first).Groups[1].Value;
        Assert.Equal(10, code.Length);
        Assert.Contains("该申请已经提交过，未重复登记", again, StringComparison.Ordinal);
        Assert.Contains(code, again, StringComparison.Ordinal);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var stored = await db.Requests.AsNoTracking().Where(r => r.Description == "2024年本街道老旧小区改造项目清单").ToListAsync(TestContext.Current.CancellationToken);
        var request = Assert.Single(stored);
        Assert.Equal(RequestChannel.Online, request.Channel);
        Assert.Equal(scope.ServiceProvider.GetRequiredService<OfficeToday>().Date, request.ReceivedOn);
        Assert.NotNull(request.DueOn);

        // Tracking: the right pair shows the state; a wrong secret is refused like an unknown code.
        var tracked = await Read(await citizen.PostFormAsync("/track", new Dictionary<string, string> { ["Code"] = code, ["Secret"] = secret.ToLowerInvariant() }));
        Assert.Contains("办理状态", tracked, StringComparison.Ordinal);
        Assert.Contains(request.Number, tracked, StringComparison.Ordinal);
        var wrong = await Read(await citizen.PostFormAsync("/track", new Dictionary<string, string> { ["Code"] = code, ["Secret"] = new string('0', 32) }));
        var unknown = await Read(await citizen.PostFormAsync("/track", new Dictionary<string, string> { ["Code"] = "0000000000", ["Secret"] = secret }));
        Assert.Contains("查询码或密码不正确。", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain(request.Number, wrong, StringComparison.Ordinal);
        Assert.Contains("查询码或密码不正确。", unknown, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "校验失败时错误提示在字段旁，已填写的内容不丢失")]
    public async Task InvalidForm_KeepsInput_AndShowsMessagesBesideFields()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var citizen = factory.Session();
        var secret = SecretField().Match(await citizen.GetPageAsync(RequestPage)).Groups[1].Value;
        var fields = Valid(secret);
        fields["Input.IdentityNumber"] = "110105194912310021";
        fields["Input.Phone"] = "12345";
        fields["Input.Description"] = "<b>老旧小区</b>";

        using var response = await citizen.PostFormAsync(RequestPage, fields);
        var page = await Read(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("申请回执", page, StringComparison.Ordinal);
        Assert.Matches("id=\"err-id\"[^>]*>[^<]*校验", page);
        Assert.Matches("id=\"err-phone\"[^>]*>联系电话应为 11 位手机号码", page);
        Assert.Contains("value=\"张三\"", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;老旧小区&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{secret}\"", page, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "提交过于频繁时拒绝（每个地址每分钟 10 次）")]
    public async Task RateLimited()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var visitor = factory.Session();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var response = await visitor.PostFormAsync("/track", new Dictionary<string, string> { ["Code"] = "0000000000", ["Secret"] = "x" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    private static Dictionary<string, string> Valid(string secret) => new()
    {
        ["Input.Secret"] = secret,
        ["Input.ApplicantKind"] = "NaturalPerson",
        ["Input.ApplicantName"] = "张三",
        ["Input.IdentityKind"] = "ResidentIdCard",
        ["Input.IdentityNumber"] = "11010519491231002X",
        ["Input.Phone"] = "13800000000",
        ["Input.Email"] = "zhangsan@example.com",
        ["Input.Description"] = "2024年本街道老旧小区改造项目清单",
        ["Input.Form"] = "Electronic",
        ["Input.Delivery"] = "Online",
    };

    private static async Task<string> Read(HttpResponseMessage response)
    {
        using (response)
        {
            return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }
    }

    [GeneratedRegex("name=\"Input.Secret\" value=\"([^\"]+)\"")]
    private static partial Regex SecretField();

    [GeneratedRegex("<dt>查询码</dt><dd><strong class=\"code\">([0-9A-Z]+)</strong>")]
    private static partial Regex CodeField();
}
