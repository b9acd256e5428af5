using System.Net;
using System.Text.Json;
using Gongkai.Application.Persistence;

namespace Gongkai.Web.Tests.Staff;

public sealed class ReportLiveChecksTests
{
    private static async Task RegisterOneRequestIn2023(WebSession session)
    {
        using var registered = await session.PostFormAsync("/Staff/Requests/Register", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Post",
            ["Input.SubmittedOn"] = "2023-03-01",
            ["Input.SignedForOn"] = "2023-03-02",
            ["Input.ApplicantKind"] = "NaturalPerson",
            ["Input.ApplicantName"] = "年报测试申请人",
            ["Input.IdentityKind"] = "ResidentIdCard",
            ["Input.IdentityNumber"] = "11010519491231002X",
            ["Input.Contact"] = "新郑市测试路3号",
            ["Input.Description"] = "年报检查测试用的信息",
            ["Input.Form"] = "Paper",
            ["Input.Delivery"] = "Post",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
    }

    private static async Task<List<(string Rule, int? Section, string Message)>> CheckAsync(WebSession session, string overview)
    {
        using var response = await session.PostFormAsync("/Staff/Reports?handler=Check&year=2023", new Dictionary<string, string>
        {
            ["Narrative.Overview"] = overview,
            ["Narrative.Problems"] = "",
            ["Narrative.OtherMatters"] = "",
            ["Version"] = "0",
        }, "/Staff/Reports?year=2023");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("尚未保存", json.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f =>
            {
                var message = f.GetProperty("message").GetString()!;
                var section = f.GetProperty("section");
                return (message.Split(' ')[0], section.ValueKind == JsonValueKind.Number ? section.GetInt32() : (int?)null, message);
            })
            .ToList();
    }

    [Theory(DisplayName = "边写边查：正文称“全年受理依申请公开5件”而表三为1件时，检查接口即时给出 K8 提示，且不保存任何内容")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DraftNarrative_IsCheckedWithoutSaving(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var signedIn = await officer.SignInAsync("xinjianlu.officer");
        await RegisterOneRequestIn2023(officer);

        var page = await officer.GetPageAsync("/Staff/Reports?year=2023");
        Assert.Contains("data-live-checks=\"/Staff/Reports?handler=Check&amp;year=2023\"", page, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/report-checks.js", page, StringComparison.Ordinal);

        var wrong = await CheckAsync(officer, "全年受理依申请公开5件。");
        var k8 = Assert.Single(wrong, f => f.Rule == "K8");
        Assert.Equal(1, k8.Section);
        Assert.Contains("1件", k8.Message, StringComparison.Ordinal);

        var right = await CheckAsync(officer, "全年受理依申请公开1件。");
        Assert.DoesNotContain(right, f => f.Rule == "K8");

        var after = await officer.GetPageAsync("/Staff/Reports?year=2023");
        Assert.Contains("尚未保存（以下表格由本年度记录实时计算）", after, StringComparison.Ordinal);
        Assert.DoesNotContain("全年受理依申请公开5件", after, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "检查接口要求防伪令牌；只读账号的页面不启用边写边查，保存后的检查结果列在对应章节旁")]
    public async Task CheckEndpoint_NeedsAntiforgery_AndSavedFindingsShowBesideTheSection()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var signedIn = await officer.SignInAsync("xinjianlu.officer");
        await RegisterOneRequestIn2023(officer);

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["Narrative.Overview"] = "全年受理依申请公开5件。" });
        using var refused = await officer.Client.PostAsync(new Uri("/Staff/Reports?handler=Check&year=2023", UriKind.Relative), forged, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using var saved = await officer.PostFormAsync("/Staff/Reports?handler=Save&year=2023", new Dictionary<string, string>
        {
            ["Narrative.Overview"] = "全年受理依申请公开5件。",
            ["Version"] = "0",
        }, "/Staff/Reports?year=2023");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await officer.GetPageAsync("/Staff/Reports?year=2023");
        var beside = page[page.IndexOf("id=\"findings-1\"", StringComparison.Ordinal)..page.IndexOf("id=\"findings-5\"", StringComparison.Ordinal)];
        Assert.Contains("K8", beside, StringComparison.Ordinal);

        using var supervisor = factory.Session();
        using var s = await supervisor.SignInAsync("xinzheng.supervisor");
        Assert.DoesNotContain("data-live-checks=\"/Staff", await supervisor.GetPageAsync("/Staff/Reports?year=2023"), StringComparison.Ordinal);
    }
}
