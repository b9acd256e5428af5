using System.Diagnostics;
using System.Text.Json;
using Gongkai.Documents.Json;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Documents.Tests.Cli;

public sealed class ReportCheckCommandTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact(DisplayName = "check --json on the seed: the numbering inconsistency is reported, nothing else is wrong, exit 0")]
    public void Seed_Json_ReportsNumberingOnly()
    {
        var run = CliRun.Of("report", "check", SampleFiles.Seed2020, "--json");

        var file = Assert.Single(run.Files());
        Assert.True(file.GetProperty("readable").GetBoolean(), run.Output);
        Assert.Equal("新郑市新建路街道办事处", file.GetProperty("agency").GetString());
        Assert.Equal(2020, file.GetProperty("year").GetInt32());
        Assert.Equal("2019-trial", file.GetProperty("format").GetString());
        var findings = file.GetProperty("findings").EnumerateArray().ToList();
        var defects = findings.Where(f => f.GetProperty("severity").GetString() is "error" or "warning").ToList();
        Assert.All(defects, f => Assert.Equal(CheckRules.Structure, f.GetProperty("rule").GetString()));
        Assert.Contains(defects, f => f.GetProperty("message").GetString()!.Contains("“1、”", StringComparison.Ordinal));
        Assert.Contains(defects, f => f.GetProperty("message").GetString()!.Contains("“（四）”", StringComparison.Ordinal));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, run.Json().GetProperty("exitCode").GetInt32());
    }

    [Fact(DisplayName = "check --json lists every value read, cell by cell, with key, label, number, raw text and source")]
    public void Seed_Json_ListsCells()
    {
        var run = CliRun.Of("report", "check", SampleFiles.Seed2020, "--json");

        var cells = Assert.Single(run.Files()).GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!);
        var received = cells["requests.new_received.natural_person"];
        Assert.Equal(1m, received.GetProperty("number").GetDecimal());
        Assert.Contains("自然人", received.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, received.GetProperty("source").ValueKind);
        Assert.Equal(1186.1878m, cells["proactive.procurement.amount"].GetProperty("number").GetDecimal());
        Assert.Equal(1m, cells["remedies.cases.litigation_direct_total"].GetProperty("number").GetDecimal());
    }

    [Fact(DisplayName = "A K1 error in the table gives exit code 1 and is named in the readable table")]
    public void BrokenBalance_ExitsOne()
    {
        var lines = File.ReadAllLines(SampleFiles.Seed2020);
        var index = Array.FindIndex(lines, l => l.Contains("一、本年新收政府信息公开申请数量", StringComparison.Ordinal));
        lines[index + 1] = "\t3";
        var path = _scratch.File("broken.txt", string.Join("\n", lines));

        var run = CliRun.Of("report", "check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("K1", run.Output, StringComparison.Ordinal);
        Assert.Contains("错误", run.Output, StringComparison.Ordinal);
        Assert.Contains("共检查 1 份年报：1 份有错误，0 份仅有警告，0 份无法读取", run.Output, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A missing section found by the reader and by the checks is reported once")]
    public void MissingSection_ReportedOnce()
    {
        var lines = File.ReadAllLines(SampleFiles.Seed2020);
        var start = Array.FindIndex(lines, l => l.StartsWith("5、", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.StartsWith("六、", StringComparison.Ordinal));
        var path = _scratch.File("no-five.txt", string.Join("\n", lines[..start].Concat(lines[end..])));

        var run = CliRun.Of("report", "check", path, "--json");

        var findings = Assert.Single(run.Files()).GetProperty("findings").EnumerateArray().ToList();
        Assert.Single(findings, f => f.GetProperty("message").GetString()!.Contains("缺少第五部分", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "An unreadable --previous report is named on stderr and gives exit code 2")]
    public void UnreadablePrevious_ExitsTwo()
    {
        var empty = _scratch.File("2019.txt", []);

        var run = CliRun.Of("report", "check", SampleFiles.Seed2020, "--previous", empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("上年报告", run.Error, StringComparison.Ordinal);
        Assert.Contains("文件是空的", run.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string> Malformed => ["empty", "junk", "truncated-docx", "zip-bomb", "missing"];

    [Theory(DisplayName = "Malformed input gets a clear Chinese message and exit code 2, never a crash or a hang", Timeout = 60_000)]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_ExitsTwo(string kind)
    {
        var path = kind switch
        {
            "empty" => _scratch.File("empty.txt", []),
            "junk" => _scratch.File("junk.bin", MalformedFiles.BinaryJunk()),
            "truncated-docx" => _scratch.File("cut.docx", MalformedFiles.TruncatedDocx()),
            "zip-bomb" => _scratch.File("bomb.docx", MalformedFiles.ZipBomb()),
            _ => Path.Combine(_scratch.Path, "nothing-here.txt"),
        };

        var run = await Task.Run(() => CliRun.Of("report", "check", path, "--json"), TestContext.Current.CancellationToken);

        Assert.Equal(2, run.ExitCode);
        var file = Assert.Single(run.Files());
        Assert.False(file.GetProperty("readable").GetBoolean());
        var message = file.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A 100 MB file is refused by its size before it is read", Timeout = 60_000)]
    public async Task HugeFile_RefusedBySize()
    {
        var path = MalformedFiles.Huge(_scratch);
        var clock = Stopwatch.StartNew();

        var run = await Task.Run(() => CliRun.Of("report", "check", path), TestContext.Current.CancellationToken);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("文件过大", run.Output, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact(DisplayName = "Good and bad files together: each is reported, the summary counts them, exit 2 wins")]
    public void MixedFiles_SummaryAndExitTwo()
    {
        var good = _scratch.File("good.json", ReportWriter.ToBytes(MalformedFiles.ZeroReport(2021), ReportOutputFormat.Json));
        var empty = _scratch.File("empty.txt", []);
        var junk = _scratch.File("junk.bin", MalformedFiles.BinaryJunk());

        var run = CliRun.Of("report", "check", good, SampleFiles.Seed2020, empty, junk);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("共检查 4 份年报：0 份有错误，1 份仅有警告，2 份无法读取", run.Output, StringComparison.Ordinal);
        Assert.Contains("未发现问题", run.Output, StringComparison.Ordinal);
        Assert.Contains("无法读取", run.Output, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "--previous: last year's 结转下年度 against this year's 上年结转 (K6)")]
    public void Previous_ChecksCarryOver()
    {
        var lastYear = MalformedFiles.ZeroReport(2020);
        var open = new CellKey("requests", "carried_forward", "natural_person");
        var cells = lastYear.Cells.ToDictionary(c => c.Key, c => c.Value);
        cells[open] = CellValue.Of(1);
        var previous = new AnnualReport(lastYear.AgencyName, 2020, lastYear.Format, lastYear.Sections, cells);
        var previousPath = _scratch.File("2020.json", ReportWriter.ToBytes(previous, ReportOutputFormat.Json));
        var thisYear = _scratch.File("2021.json", ReportWriter.ToBytes(MalformedFiles.ZeroReport(2021), ReportOutputFormat.Json));

        var run = CliRun.Of("report", "check", thisYear, "--previous", previousPath, "--json");

        var findings = Assert.Single(run.Files()).GetProperty("findings").EnumerateArray();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == CheckRules.CarryOver);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("2021", CanonicalJsonReport.FormatName(ReportFormat.Revised2021));
    }

    [Fact(DisplayName = "K10：表格混用两种格式只报告一次（读取时已指出混用，检查不再逐栏重复）")]
    public void MixedFormats_AreOneK10Finding()
    {
        var report = Reading.TextVariationTests.Union(
            Writing.RandomReports.Create(11, ReportFormat.Revised2021),
            Writing.RandomReports.Create(12, ReportFormat.Trial2019));
        var layout = new Reading.Fixtures.RenderLayout { ProactiveFormat = ReportFormat.Trial2019, RequestsFormat = ReportFormat.Revised2021 };
        var path = _scratch.File("mixed.txt", Reading.Fixtures.TextReportRenderer.Render(report, layout));

        var run = CliRun.Of("report", "check", path, "--json");

        var k10 = Assert.Single(run.Files()).GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == CheckRules.FormatVersion).ToList();
        var only = Assert.Single(k10);
        Assert.Contains("表格混用了两种格式", only.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
