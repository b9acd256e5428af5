using System.Globalization;
using System.Text;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Reading.Fixtures;
using Gongkai.Documents.Tests.Writing;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// "小计" rows that real reports add under （三）–（五） of table 三: read as the subtotal they are, not
/// as a reading doubt; a subtotal that is not the sum of its group's rows is a K3 finding.
/// </summary>
public class SubtotalRowTests
{
    [Theory(DisplayName = "表三“小计”行等于该项各行之和：照常读取，不产生核对提示")]
    [InlineData(ReportFormat.Trial2019, "（三）")]
    [InlineData(ReportFormat.Trial2019, "（五）")]
    [InlineData(ReportFormat.Revised2021, "（四）")]
    public void RightSubtotal_IsNoFinding(ReportFormat format, string group)
    {
        var report = RandomReports.Create(31, format);

        var reading = Read(WithSubtotal(report, group, offset: 0));

        ReadingAssert.NoDoubts(reading);
        Assert.DoesNotContain(reading.Findings, f => f.Message.Contains("小计", StringComparison.Ordinal));
        ReadingAssert.AllCells(report, new RenderLayout(), reading.Report!);
    }

    [Theory(DisplayName = "表三“小计”行与该项各行之和不符：K3 错误，指出该项和列")]
    [InlineData(ReportFormat.Trial2019, "（三）")]
    [InlineData(ReportFormat.Revised2021, "（五）")]
    public void WrongSubtotal_IsK3(ReportFormat format, string group)
    {
        var report = RandomReports.Create(32, format);

        var reading = Read(WithSubtotal(report, group, offset: 1));

        Assert.DoesNotContain(reading.Findings, f => f.Severity == FindingSeverity.VerifyReading);
        var wrong = reading.Findings.Where(f => f.RuleId == CheckRules.DispositionTotal).ToList();
        Assert.NotEmpty(wrong);
        Assert.All(wrong, f =>
        {
            Assert.Equal(FindingSeverity.Error, f.Severity);
            Assert.Contains(group, f.Message, StringComparison.Ordinal);
            Assert.Contains("的小计（", f.Message, StringComparison.Ordinal);
        });
        ReadingAssert.AllCells(report, new RenderLayout(), reading.Report!);
    }

    private static ReportReading Read(string text) =>
        AnnualReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "report.txt");

    /// <summary>The report as Word's text export, with a "小计" row after the last row of a disposition group (each value + offset).</summary>
    private static string WithSubtotal(AnnualReport report, string group, int offset)
    {
        var block = report.Definition.Table(TableKeys.Requests).Blocks[0];
        var rows = block.Rows.Where(r => r.Groups.Count > 1 && r.Groups[1].StartsWith(group, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        var subtotal = new StringBuilder("\t小计\n");
        foreach (var column in block.Columns)
        {
            var sum = rows.Sum(r => report[new CellKey(TableKeys.Requests, r.Key, column.Key)].OrZero) + offset;
            subtotal.Append('\t').Append(sum.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        var lines = TextReportRenderer.Render(report, new RenderLayout()).Split('\n').ToList();
        var last = lines.FindIndex(l => l == "\t" + rows[^1].Label);
        Assert.True(last >= 0, $"row “{rows[^1].Label}” not found");
        var end = lines.FindIndex(last, string.IsNullOrWhiteSpace);
        lines.Insert(end + 1, subtotal.Append('\n').ToString().TrimEnd('\n') + "\n");
        return string.Join('\n', lines);
    }
}
