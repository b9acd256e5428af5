using System.Text;
using Gongkai.Documents.Json;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Writing;

/// <summary>Write → read returns the same report, for every writer with its reader, both formats.</summary>
public class RoundTripTests
{
    public enum Shape
    {
        Json,
        Markdown,
        Html,
        Docx,
        Text,
    }

    [Theory(DisplayName = "往返一致：写出后读回，机关、年度、格式、每个单元格、各部分编号与标题、正文段落均相同，且无“请核对识别结果”")]
    [InlineData(Shape.Json, ReportFormat.Trial2019)]
    [InlineData(Shape.Json, ReportFormat.Revised2021)]
    [InlineData(Shape.Markdown, ReportFormat.Trial2019)]
    [InlineData(Shape.Markdown, ReportFormat.Revised2021)]
    [InlineData(Shape.Html, ReportFormat.Trial2019)]
    [InlineData(Shape.Html, ReportFormat.Revised2021)]
    [InlineData(Shape.Docx, ReportFormat.Trial2019)]
    [InlineData(Shape.Docx, ReportFormat.Revised2021)]
    [InlineData(Shape.Text, ReportFormat.Trial2019)]
    [InlineData(Shape.Text, ReportFormat.Revised2021)]
    public void WriteThenRead_GivesTheSameReport(Shape shape, ReportFormat format)
    {
        for (var seed = 100; seed < 106; seed++)
        {
            var report = RandomReports.Create(seed, format, blanks: seed % 2 == 0);
            var (read, findings) = RoundTrip(report, shape);
            ReportAssert.Same(report, read);
            Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.VerifyReading);
        }
    }

    [Theory(DisplayName = "读取入口按扩展名与内容把 .json 与 .md 交给规范 JSON 与 Markdown 读取器")]
    [InlineData(ReportOutputFormat.Json, "report.json")]
    [InlineData(ReportOutputFormat.Markdown, "report.md")]
    public void Facade_DispatchesJsonAndMarkdown(ReportOutputFormat output, string fileName)
    {
        var report = RandomReports.Create(200, ReportFormat.Revised2021, blanks: true);
        using var stream = new MemoryStream(ReportWriter.ToBytes(report, output));
        var reading = AnnualReportReader.Read(stream, fileName);
        ReportAssert.Same(report, reading.Report!);
    }

    private static (AnnualReport Report, IReadOnlyList<Finding> Findings) RoundTrip(AnnualReport report, Shape shape)
    {
        if (shape == Shape.Json)
        {
            return (CanonicalJsonReport.Read(ReportWriter.ToBytes(report, ReportOutputFormat.Json)), []);
        }

        var source = shape switch
        {
            Shape.Markdown => MarkdownReportSource.Read(ReportWriter.ToBytes(report, ReportOutputFormat.Markdown)),
            Shape.Html => HtmlReportSource.Read(ReportWriter.ToBytes(report, ReportOutputFormat.Html)),
            Shape.Docx => DocxReportSource.Read(new MemoryStream(ReportWriter.ToBytes(report, ReportOutputFormat.Docx))),
            _ => TextReportSource.Read(Encoding.UTF8.GetBytes(TextReportWriter.Write(report))),
        };
        var reading = ReportInterpreter.Interpret(source);
        Assert.NotNull(reading.Report);
        return (reading.Report, reading.Findings);
    }
}
