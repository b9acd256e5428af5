using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Staff;

public sealed partial class ReportsPageTests
{
    private const string Code = DemoAgencies.SubdistrictCreditCode;

    private static string Text(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();

    private static string VersionOf(string page) => VersionPattern().Match(page).Groups[1].Value;

    [Theory(DisplayName = "The published 2020 report is public: canonical JSON at /api/reports/{code}/{year}, HTML in the 年报 column")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Published2020_IsPublic(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var visitor = factory.Session();

        using var json = await visitor.GetAsync($"/api/reports/{Code}/2020");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        using (var document = JsonDocument.Parse(Text(json)))
        {
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        }

        Assert.Contains("1186.1878", Text(json), StringComparison.Ordinal);
        using var missing = await visitor.GetAsync($"/api/reports/{Code}/2019");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        var column = await visitor.GetPageAsync($"/agencies/{Code}");
        Assert.Contains("2020年政府信息公开工作年度报告", column, StringComparison.Ordinal);
        var html = await visitor.GetPageAsync($"/agencies/{Code}/reports/2020");
        Assert.Contains("政府集中采购", html, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "A year's report: computed, narrative saved, approved and published by the approver, then frozen; a correction is a new version")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Report_Workflow_DraftApprovePublishFreezeCorrect(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        var year = factory.Services.GetRequiredService<OfficeToday>().Date.Year;
        var path = $"/Staff/Reports?year={year}";
        using var officer = factory.Session();
        using var approver = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");
        using var b = await approver.SignInAsync("xinjianlu.approver");

        var page = await officer.GetPageAsync(path);
        Assert.Contains("data-cell=\"requests.new_received.total\"", page, StringComparison.Ordinal);
        Dictionary<string, string> Narrative(string version) => new()
        {
            ["Narrative.Overview"] = "本年度依法办理政府信息公开申请。",
            ["Narrative.Problems"] = "无",
            ["Narrative.OtherMatters"] = "无",
            ["Version"] = version,
        };
        using var saved = await officer.PostFormAsync($"/Staff/Reports?year={year}&handler=Save", Narrative("0"), path);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var notApprover = await officer.PostFormAsync($"/Staff/Reports?year={year}&handler=Approve", new Dictionary<string, string> { ["Version"] = VersionOf(await officer.GetPageAsync(path)) }, path);
        Assert.Contains("须由审批人", Text(notApprover), StringComparison.Ordinal);

        using var approved = await approver.PostFormAsync($"/Staff/Reports?year={year}&handler=Approve", new Dictionary<string, string> { ["Version"] = VersionOf(await approver.GetPageAsync(path)) }, path);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        using var published = await approver.PostFormAsync($"/Staff/Reports?year={year}&handler=Publish", new Dictionary<string, string> { ["Version"] = VersionOf(await approver.GetPageAsync(path)) }, path);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        using var api = await officer.GetAsync($"/api/reports/{Code}/{year}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);

        using var frozen = await officer.PostFormAsync($"/Staff/Reports?year={year}&handler=Save", Narrative(VersionOf(await officer.GetPageAsync(path))), path);
        Assert.Contains("已发布，内容已固定", Text(frozen), StringComparison.Ordinal);

        using var correction = await officer.PostFormAsync($"/Staff/Reports?year={year}&handler=Correct", new Dictionary<string, string> { ["CorrectionNote"] = "更正表三数据" }, path);
        Assert.Equal(HttpStatusCode.Redirect, correction.StatusCode);
        var after = await officer.GetPageAsync(path);
        Assert.Contains("第 2 版", after, StringComparison.Ordinal);
        Assert.Contains("更正表三数据", after, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "Downloads: DOCX, HTML and JSON from the report writer")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("html", "text/html")]
    [InlineData("json", "application/json")]
    public async Task Downloads_HaveTheirFormats(string format, string mediaType)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");

        using var response = await officer.GetAsync($"/Staff/Reports/Download?year=2020&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 500);
        if (format == "docx")
        {
            Assert.Equal((byte)'P', bytes[0]);
        }
    }

    [Fact(DisplayName = "PDF download: printed by the server's Chromium, it reads back to the same cells as the JSON download")]
    public async Task PdfDownload_ReadsBackToTheSameReport()
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            Assert.SkipWhen(!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "/usr/bin/chromium not installed — PDF download test skipped.");
            Assert.Fail("CI=true but /usr/bin/chromium is missing: .ci/services.sh must install Debian's chromium.");
        }

        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string> { ["Reports:Soffice"] = "" });
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");

        using var pdf = await officer.GetAsync("/Staff/Reports/Download?year=2020&format=pdf");
        using var json = await officer.GetAsync("/Staff/Reports/Download?year=2020&format=json");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var ct = TestContext.Current.CancellationToken;
        var read = Gongkai.Documents.Reading.AnnualReportReader.Read(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync(ct)), "report.pdf");
        var expected = Gongkai.Documents.Json.CanonicalJsonReport.Read(await json.Content.ReadAsByteArrayAsync(ct));
        Assert.NotNull(read.Report);
        Assert.Equal(expected.AgencyName, read.Report.AgencyName);
        Assert.Equal(expected.Year, read.Report.Year);
        foreach (var (key, value) in expected.Cells)
        {
            Assert.True(value.Number == read.Report[key].Number, $"{key}: {value.Number} in JSON, {read.Report[key].Number} in the PDF");
        }
    }

    [Fact(DisplayName = "PDF download without LibreOffice or Chromium: no PDF link, and a plain message instead of a file")]
    public async Task PdfDownload_WithoutConverter_SaysSoPlainly()
    {
        var missing = new Dictionary<string, string> { ["Reports:Soffice"] = "", ["Reports:Chromium"] = "/nonexistent/chromium" };
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite, missing);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");

        var page = await officer.GetPageAsync("/Staff/Reports?year=2020");
        using var pdf = await officer.GetAsync("/Staff/Reports/Download?year=2020&format=pdf");

        Assert.DoesNotContain("format=pdf", page, StringComparison.Ordinal);
        Assert.Contains("未安装 LibreOffice 或 Chromium", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotImplemented, pdf.StatusCode);
        Assert.Contains("请下载 DOCX 版本", Text(pdf), StringComparison.Ordinal);
    }

    [Theory(DisplayName = "Table 二 figures and remedy cases entered by the office flow into the year's tables")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FiguresAndRemedies_FlowIntoTables(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");

        using var bad = await officer.PostFormAsync("/Staff/Reports/Figures?year=2025", new Dictionary<string, string> { ["cell_proactive_penalties_decisions"] = "五" });
        Assert.True(bad.StatusCode == HttpStatusCode.OK, $"{bad.StatusCode} {bad.Headers.Location}");
        Assert.Contains("应填写数字", Text(bad), StringComparison.Ordinal);
        using var good = await officer.PostFormAsync("/Staff/Reports/Figures?year=2025", new Dictionary<string, string> { ["cell_proactive_penalties_decisions"] = "7" });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);

        using var unknownRequest = await officer.PostFormAsync("/Staff/Reports/Remedies?year=2025", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Reconsideration",
            ["Input.FiledOn"] = "2025-03-01",
            ["Input.Result"] = "Pending",
            ["Input.RequestNumber"] = "1999-0001",
        });
        Assert.Contains("没有编号为 1999-0001 的申请", Text(unknownRequest), StringComparison.Ordinal);
        using var added = await officer.PostFormAsync("/Staff/Reports/Remedies?year=2025", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Reconsideration",
            ["Input.FiledOn"] = "2025-03-01",
            ["Input.Result"] = "Pending",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var report = await officer.GetPageAsync("/Staff/Reports?year=2025");
        Assert.Contains("data-cell=\"proactive.penalties.decisions\">7<", report, StringComparison.Ordinal);
        Assert.Contains("data-cell=\"remedies.cases.reconsideration_pending\">1<", report, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A supervisor reads reports of its own agency only and cannot change them; another office sees its own")]
    public async Task Supervisor_IsReadOnly_AndOfficesAreIsolated()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var supervisor = factory.Session();
        using var s = await supervisor.SignInAsync("xinzheng.supervisor");
        var page = await supervisor.GetPageAsync("/Staff/Reports?year=2020");
        Assert.DoesNotContain("保存正文", page, StringComparison.Ordinal);
        using var forged = await supervisor.PostFormAsync("/Staff/Reports?year=2020&handler=Save", new Dictionary<string, string> { ["Narrative.Overview"] = "x", ["Version"] = "0" }, "/Staff/Reports?year=2020");
        Assert.Contains("只能查看，不能修改年度报告", Text(forged), StringComparison.Ordinal);

        using var other = factory.Session();
        using var o = await other.SignInAsync("xinhua.officer");
        var theirs = await other.GetPageAsync("/Staff/Reports?year=2020");
        Assert.Contains("新郑市新华路街道办事处", theirs, StringComparison.Ordinal);
        Assert.Contains("data-cell=\"remedies.cases.litigation_direct_upheld\">0<", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("1186.1878", theirs, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
