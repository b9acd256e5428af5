using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Staff;

public sealed partial class ReportApprovalTests
{
    private static string VersionOf(string page) => VersionPattern().Match(page).Groups[1].Value;

    private static int NewReceived(string page) => int.Parse(NewReceivedCell().Match(page).Groups[1].Value, CultureInfo.InvariantCulture);

    [Theory(DisplayName = "审核通过的年报内容即被固定：审核后新登记的申请不改变审核时的表格，发布的正是审核的内容")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ApprovedReport_IsNotRecomputed(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        var today = factory.Services.GetRequiredService<OfficeToday>().Date;
        var path = $"/Staff/Reports?year={today.Year}";
        using var officer = factory.Session();
        using var approver = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");
        using var b = await approver.SignInAsync("xinjianlu.approver");

        using var saved = await officer.PostFormAsync($"{path}&handler=Save", new Dictionary<string, string>
        {
            ["Narrative.Overview"] = "本年度依法办理政府信息公开申请。",
            ["Narrative.Problems"] = "无",
            ["Narrative.OtherMatters"] = "无",
            ["Version"] = "0",
        }, path);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var approved = await approver.PostFormAsync($"{path}&handler=Approve", new Dictionary<string, string> { ["Version"] = VersionOf(await approver.GetPageAsync(path)) }, path);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var atApproval = NewReceived(await approver.GetPageAsync(path));

        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var registered = await officer.PostFormAsync("/Staff/Requests/Register", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Post",
            ["Input.SubmittedOn"] = day,
            ["Input.SignedForOn"] = day,
            ["Input.ApplicantKind"] = "NaturalPerson",
            ["Input.ApplicantName"] = "审核后申请人",
            ["Input.IdentityKind"] = "ResidentIdCard",
            ["Input.IdentityNumber"] = "11010519491231002X",
            ["Input.Contact"] = "新郑市测试路4号",
            ["Input.Description"] = "审核之后才登记的申请",
            ["Input.Form"] = "Paper",
            ["Input.Delivery"] = "Post",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var afterRegistration = await approver.GetPageAsync(path);
        Assert.Equal(atApproval, NewReceived(afterRegistration));
        Assert.Contains("审核时固定", afterRegistration, StringComparison.Ordinal);

        using var published = await approver.PostFormAsync($"{path}&handler=Publish", new Dictionary<string, string> { ["Version"] = VersionOf(afterRegistration) }, path);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        using var api = await officer.GetAsync($"/api/reports/{DemoAgencies.SubdistrictCreditCode}/{today.Year}");
        var json = await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(atApproval, NewReceived(await officer.GetPageAsync(path)));
        Assert.Contains("本年度依法办理政府信息公开申请。", json, StringComparison.Ordinal);

        using var correction = await officer.PostFormAsync($"{path}&handler=Correct", new Dictionary<string, string> { ["CorrectionNote"] = "补入审核后登记的申请" }, path);
        Assert.Equal(HttpStatusCode.Redirect, correction.StatusCode);
        Assert.Equal(atApproval + 1, NewReceived(await officer.GetPageAsync(path)));
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("data-cell=\"requests\\.new_received\\.total\">(\\d+)<")]
    private static partial Regex NewReceivedCell();
}
