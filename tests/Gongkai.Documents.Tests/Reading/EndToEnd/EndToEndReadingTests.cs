using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading.EndToEnd;

/// <summary>
/// Whole reports through the file readers and the interpreter: every cell, the title, every section
/// and paragraph come back as written — from DOCX files with merged header cells, a nested layout
/// table and numbers split across runs, and from PDFs with bordered tables and wrapped text.
/// </summary>
public class EndToEndReadingTests
{
    public static TheoryData<int, ReportFormat> Reports => new()
    {
        { 1, ReportFormat.Revised2021 },
        { 2, ReportFormat.Revised2021 },
        { 3, ReportFormat.Trial2019 },
        { 4, ReportFormat.Trial2019 },
    };

    [Theory(DisplayName = "DOCX 年度报告（合并表头、嵌套排版表格、拆开的数字）每一格读对")]
    [MemberData(nameof(Reports))]
    public void Docx_FullReport_ReadsEveryCell(int seed, ReportFormat format)
    {
        var expected = WithAmount(RandomReports.Create(seed, format, blanks: seed % 2 == 0));
        var docx = QuirkyDocx.Write(expected);
        var source = DocxReportSource.Read(new MemoryStream(docx));

        var reading = ReportInterpreter.Interpret(source);

        Assert.Contains(source.Blocks, b => b is SourceTable t && t.Rows.Count == 1 && t.Rows[0].Cells.Count == 1);
        Assert.DoesNotContain("一、总体情况", DocumentXml(docx), StringComparison.Ordinal);
        Assert.Contains(source.Blocks, b => b is SourceParagraph { Text: "一、总体情况" });
        Assert.NotNull(reading.Report);
        ReportAssert.Same(expected, reading.Report);
        Assert.DoesNotContain(reading.Findings, f => f.Severity == FindingSeverity.VerifyReading);
    }

    [Theory(DisplayName = "PDF 年度报告（有边框表格、折行标签、分段文字）每一格读对")]
    [MemberData(nameof(Reports))]
    public void Pdf_FullReport_ReadsEveryCell(int seed, ReportFormat format)
    {
        var expected = WithAmount(RandomReports.Create(seed, format, blanks: seed % 2 == 0));
        var source = PdfReportSource.Read(new MemoryStream(ReportPdf.Write(expected)));

        var reading = ReportInterpreter.Interpret(source);

        Assert.NotNull(reading.Report);
        ReportAssert.Same(expected, reading.Report);
        Assert.DoesNotContain(reading.Findings, f => f.Severity == FindingSeverity.VerifyReading);
    }

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>An amount (fees in 2021, procurement in 2019) with four decimals, the number that Word splits across runs ("11" + "86.1878").</summary>
    private static AnnualReport WithAmount(AnnualReport report)
    {
        var cells = report.Cells.ToDictionary();
        var amount = report.Definition.Table(TableKeys.Proactive).Cells.First(c => c.Column.Kind == ValueKind.AmountTenThousandYuan);
        cells[amount.Key] = CellValue.Of(1186.1878m);
        return new AnnualReport(report.AgencyName, report.Year, report.Format, report.Sections, cells, report.Preamble);
    }
}
