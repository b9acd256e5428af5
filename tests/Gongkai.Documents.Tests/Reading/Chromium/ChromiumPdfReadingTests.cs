using System.Text;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Writing;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Documents.Tests.Reading.Chromium;

/// <summary>
/// Reports printed to PDF by a producer that is not ours (headless Chromium) read back cell for cell:
/// the reader copes with look-alike ideograph code points, a title wrapped over two lines, table
/// headers repeated on every page and a paragraph wrapped before a web address.
/// </summary>
public class ChromiumPdfReadingTests
{
    [Theory(DisplayName = "Chromium 打印的 PDF 年度报告：机关、年度、每一格、各部分文字读对，无“请核对识别结果”")]
    [InlineData(7, ReportFormat.Trial2019)]
    [InlineData(8, ReportFormat.Revised2021)]
    public async Task PrintedReport_ReadsLikeTheOriginal(int seed, ReportFormat format)
    {
        var expected = RandomReports.Create(seed, format);
        var pdf = await ChromiumPdf.PrintAsync(Encoding.UTF8.GetString(ReportWriter.ToBytes(expected, ReportOutputFormat.Html)));

        var reading = ReportInterpreter.Interpret(PdfReportSource.Read(new MemoryStream(pdf)));

        Assert.NotNull(reading.Report);
        ReportAssert.Same(expected, reading.Report);
        Assert.DoesNotContain(reading.Findings, f => f.Severity == FindingSeverity.VerifyReading);
    }

    [Fact(DisplayName = "种子年报经 Chromium 打印成 PDF 后，读出的每一格与发现的问题都与原文本相同")]
    public async Task Seed_PrintedToPdf_GivesTheSameCellsAndFindings()
    {
        var original = AnnualReportReader.Read(SampleFiles.Seed2020);
        Assert.NotNull(original.Report);
        var html = Encoding.UTF8.GetString(ReportWriter.ToBytes(original.Report, ReportOutputFormat.Html));

        var printed = AnnualReportReader.Read(new MemoryStream(await ChromiumPdf.PrintAsync(html)), "xinjianlu-2020.pdf");

        Assert.NotNull(printed.Report);
        Assert.Equal(original.Report.AgencyName, printed.Report.AgencyName);
        Assert.Equal(original.Report.Year, printed.Report.Year);
        ReportAssert.Same(original.Report, printed.Report, compareText: false);
        Assert.Equal(Rules(original), Rules(printed));
        Assert.Equal(
            original.Report.Preamble.Select(p => p.Text),
            printed.Report.Preamble.Select(p => p.Text));
    }

    private static string[] Rules(ReportReading reading) =>
        [.. reading.Findings.Concat(AnnualReportChecks.Run(reading.Report!)).Select(f => $"{f.RuleId} {f.Severity} {f.Message}").Order(StringComparer.Ordinal)];
}
