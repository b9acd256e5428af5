using System.Net;
using Gongkai.Application.Auditing;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Staff;

public sealed class RequestsPageTests
{
    private static async Task<RequestRecord> FindAsync(GongkaiWebFactory factory, string descriptionPart)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var all = await db.Requests.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return all.Single(r => r.Description.Contains(descriptionPart, StringComparison.Ordinal));
    }

    private static string Text(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();

    private static Dictionary<string, string> Step(string kind, long version, params (string Key, string Value)[] more)
    {
        var form = new Dictionary<string, string> { ["Step.Kind"] = kind, ["Step.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in more)
        {
            form[key] = value;
        }

        return form;
    }

    [Theory(DisplayName = "The inbox shows the agency's own open requests, soonest deadline first, overdue ones marked; never another agency's")]
    [InlineData(DatabaseProvider.Sqlite, "xinjianlu.officer", "道路改造的立项批复", "民生实事项目清单")]
    [InlineData(DatabaseProvider.Sqlite, "xinhua.officer", "民生实事项目清单", "道路改造的立项批复")]
    [InlineData(DatabaseProvider.Sqlite, "xinzheng.supervisor", "民生实事项目清单", null)]
    [InlineData(DatabaseProvider.Postgres, "xinjianlu.officer", "道路改造的立项批复", "民生实事项目清单")]
    public async Task Inbox_IsSortedColouredAndIsolated(DatabaseProvider provider, string user, string sees, string? neverSees)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var session = factory.Session();
        using var signedIn = await session.SignInAsync(user);

        var inbox = await session.GetPageAsync("/Staff/Requests");
        Assert.Contains(sees, inbox, StringComparison.Ordinal);
        if (neverSees is not null)
        {
            Assert.DoesNotContain(neverSees, inbox, StringComparison.Ordinal);
        }

        if (user == "xinjianlu.officer")
        {
            Assert.Contains("urgency-overdue", inbox, StringComparison.Ordinal);
            Assert.DoesNotContain("张某某", inbox, StringComparison.Ordinal);
            Assert.True(inbox.IndexOf("道路改造的立项批复", StringComparison.Ordinal) < inbox.IndexOf("财政预算执行情况", StringComparison.Ordinal), "overdue first");
            var all2020 = await session.GetPageAsync("/Staff/Requests?state=all&year=2020");
            Assert.Contains("老旧小区改造", all2020, StringComparison.Ordinal);
            Assert.DoesNotContain("道路改造的立项批复", all2020, StringComparison.Ordinal);
        }
    }

    [Theory(DisplayName = "Registering a request checks the identity number (GB 11643) and keeps what was typed; a valid one is registered and audited")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Register_ValidatesAndRegisters(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var session = factory.Session();
        using var signedIn = await session.SignInAsync("xinjianlu.officer");
        var today = factory.Services.GetRequiredService<OfficeToday>().Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Form(string id) => new()
        {
            ["Input.Channel"] = "Post",
            ["Input.SubmittedOn"] = today,
            ["Input.SignedForOn"] = today,
            ["Input.ApplicantKind"] = "NaturalPerson",
            ["Input.ApplicantName"] = "测试申请人",
            ["Input.IdentityKind"] = "ResidentIdCard",
            ["Input.IdentityNumber"] = id,
            ["Input.Contact"] = "新郑市测试路1号",
            ["Input.Description"] = "测试用的政府信息名称",
            ["Input.Form"] = "Electronic",
            ["Input.Delivery"] = "Email",
        };

        using var wrong = await session.PostFormAsync("/Staff/Requests/Register", Form("11010519491231002Y"));
        var page = Text(wrong);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("居民身份证号码", page, StringComparison.Ordinal);
        Assert.Contains("测试用的政府信息名称", page, StringComparison.Ordinal);

        using var ok = await session.PostFormAsync("/Staff/Requests/Register", Form("11010519491231002X"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var detail = await session.GetPageAsync(ok.Headers.Location!.ToString());
        Assert.Contains("测试申请人", detail, StringComparison.Ordinal);
        Assert.Contains("答复期限", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", detail, StringComparison.Ordinal);

        var record = await FindAsync(factory, "测试用的政府信息名称");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var audit = await db.AuditEntries.Where(e => e.EntityId == record.Id.ToString()).ToListAsync(TestContext.Current.CancellationToken);
        var entry = Assert.Single(audit);
        Assert.NotEqual(SystemAuditActor.SystemId, entry.ActorId);
        Assert.Equal("Added", entry.Action);
    }

    [Theory(DisplayName = "Lifecycle: a reply is recorded; a step the statute does not allow afterwards is refused with a clear message")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Lifecycle_ReplyThenRefusedStep(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var session = factory.Session();
        using var signedIn = await session.SignInAsync("xinjianlu.officer");
        var request = await FindAsync(factory, "财政预算执行情况");
        var path = $"/Staff/Requests/Detail/{request.Id}";

        using var extension = await session.PostFormAsync(path + "?handler=Step", Step("Extended", request.Version, ("Step.WorkingDays", "20")), path);
        Assert.Contains("请由审批人账号办理", Text(extension), StringComparison.Ordinal);

        using var reply = await session.PostFormAsync(path + "?handler=Step", Step("Replied", request.Version, ("Step.DispositionKey", "disclosed")), path);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var detail = await session.GetPageAsync(path);
        Assert.Contains("（一）予以公开", detail, StringComparison.Ordinal);
        Assert.Contains("已答复", detail, StringComparison.Ordinal);

        using var refused = await session.PostFormAsync(path + "?handler=Step", Step("CorrectionRequested", request.Version + 1), path);
        Assert.Contains("只能归档", Text(refused), StringComparison.Ordinal);
    }

    [Theory(DisplayName = "Two clerks act on one request: the second, on a stale page, gets a conflict message")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task StalePage_GetsConflictMessage(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var approver = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");
        using var b = await approver.SignInAsync("xinjianlu.approver");
        var request = await FindAsync(factory, "社区卫生服务站");
        var path = $"/Staff/Requests/Detail/{request.Id}";

        using var first = await approver.PostFormAsync(path + "?handler=Step", Step("Extended", request.Version, ("Step.WorkingDays", "10")), path);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var second = await officer.PostFormAsync(path + "?handler=Step", Step("Replied", request.Version, ("Step.DispositionKey", "disclosed")), path);
        Assert.Contains("其他人刚刚办理了这件申请", Text(second), StringComparison.Ordinal);
    }

    [Theory(DisplayName = "Another agency's request: not visible, not changeable; a supervisor sees it read-only")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task OtherAgency_CannotSeeOrChange(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        var request = await FindAsync(factory, "财政预算执行情况");
        var path = $"/Staff/Requests/Detail/{request.Id}";

        using var other = factory.Session();
        using var signedIn = await other.SignInAsync("xinhua.officer");
        using var look = await other.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, look.StatusCode);
        using var change = await other.PostFormAsync(path + "?handler=Step", Step("Replied", request.Version, ("Step.DispositionKey", "disclosed")), "/Staff/Requests");
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);

        using var supervisor = factory.Session();
        using var s = await supervisor.SignInAsync("xinzheng.supervisor");
        var readOnly = await supervisor.GetPageAsync(path);
        Assert.Contains("财政预算执行情况", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Step", readOnly, StringComparison.Ordinal);
        using var forged = await supervisor.PostFormAsync(path + "?handler=Step", Step("Replied", request.Version, ("Step.DispositionKey", "disclosed")), path);
        Assert.Contains("只能查看，不能办理", Text(forged), StringComparison.Ordinal);

        Assert.Equal(request.Version, (await FindAsync(factory, "财政预算执行情况")).Version);
    }
}
