using System.Text;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Writing;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading;

public class RepeatedHeadingTests
{
    [Theory(DisplayName = "部分标题紧接着又作为表格标题重复一次：不算该部分的正文")]
    [InlineData(ReportFormat.Trial2019)]
    [InlineData(ReportFormat.Revised2021)]
    public void HeadingRepeatedAsTableTitle_IsNotText(ReportFormat format)
    {
        var report = RandomReports.Create(21, format);
        var heading = "二、主动公开政府信息情况";
        var text = TextReportWriter.Write(report);
        Assert.Contains(heading, text, StringComparison.Ordinal);
        var repeated = text.Replace(heading, heading + "\n\n" + heading, StringComparison.Ordinal);

        var reading = ReportInterpreter.Interpret(TextReportSource.Read(Encoding.UTF8.GetBytes(repeated)));

        Assert.NotNull(reading.Report);
        ReportAssert.Same(report, reading.Report);
    }

    [Fact(DisplayName = "部分标题后已有正文，再出现同样的标题文字时仍作为正文保留")]
    public void HeadingTextAfterText_IsKept()
    {
        var report = RandomReports.Create(22, ReportFormat.Revised2021);
        var text = TextReportWriter.Write(report);
        var first = report.Sections[0];
        var marker = first.Paragraphs[0].Text;
        var headingLine = $"{first.Marker}{first.Title}";
        var repeated = text.Replace(marker, marker + "\n\n" + headingLine, StringComparison.Ordinal);

        var reading = ReportInterpreter.Interpret(TextReportSource.Read(Encoding.UTF8.GetBytes(repeated)));

        Assert.NotNull(reading.Report);
        Assert.Contains(reading.Report.Sections[0].Paragraphs, p => p.Text == headingLine);
    }
}
