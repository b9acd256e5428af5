using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Reading.Fixtures;
using Gongkai.Documents.Tests.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Text reports as Word exports them, varied the ways real reports vary: both formats, encodings,
/// line ends, typography, layout, and the reports' own mistakes.
/// </summary>
public class TextVariationTests
{
    public static TheoryData<int, ReportFormat> RandomCases()
    {
        var data = new TheoryData<int, ReportFormat>();
        for (var seed = 1; seed <= 24; seed++)
        {
            data.Add(seed, seed % 2 == 0 ? ReportFormat.Revised2021 : ReportFormat.Trial2019);
        }

        return data;
    }

    [Theory(DisplayName = "Round trip: a random report rendered with random knobs reads back cell by cell, without doubts")]
    [MemberData(nameof(RandomCases))]
    public void RandomReport_RandomKnobs_ReadsBack(int seed, ReportFormat format)
    {
        var random = new Random(seed);
        var rows = (RowStyle)random.Next(3);
        var report = RandomReports.Create(seed, format, blanks: rows != RowStyle.SpacesOnOneLine && random.Next(2) == 0);
        var layout = new RenderLayout
        {
            Rows = rows,
            SplitHeaders = random.Next(2) == 0,
            StraySpaces = random.Next(2) == 0,
            FullWidthDigits = random.Next(3) == 0,
            TitleOnOneLine = random.Next(2) == 0,
            Bookmarks = random.Next(2) == 0,
            Markers = random.Next(2) == 0 ? ["1、", "二、", "三、", "四、", "5、", "六、"] : ["一、", "二、", "三、", "四、", "五、", "六、"],
        };
        var traditional = random.Next(4) == 0;
        var text = TextReportRenderer.Render(report, layout);
        var encoding = new[] { "utf-8", "utf-8-bom", "utf-16", "gb18030" }[random.Next(4)];
        var reading = Read(traditional ? TraditionalMirror.Of(text) : text, encoding, crlf: random.Next(2) == 0);

        var read = reading.Report!;
        ReadingAssert.NoDoubts(reading);
        Assert.Equal(format, read.Format);
        Assert.Equal(report.Year, read.Year);
        if (!traditional)
        {
            Assert.Equal(report.AgencyName, read.AgencyName);
        }

        Assert.Equal(layout.Markers, read.Sections.Select(s => s.Marker));
        ReadingAssert.AllCells(report, layout, read);
    }

    [Theory(DisplayName = "Encodings: UTF-8 with and without BOM, UTF-16, GB18030 and GBK, LF and CRLF read alike")]
    [InlineData("utf-8", false)]
    [InlineData("utf-8-bom", true)]
    [InlineData("utf-16", true)]
    [InlineData("gb18030", false)]
    [InlineData("gbk", true)]
    public void Encodings_ReadAlike(string encoding, bool crlf)
    {
        var report = RandomReports.Create(99, ReportFormat.Revised2021);
        var layout = new RenderLayout();
        var reading = Read(TextReportRenderer.Render(report, layout), encoding, crlf);
        ReadingAssert.NoDoubts(reading);
        Assert.Equal(report.AgencyName, reading.Report!.AgencyName);
        ReadingAssert.AllCells(report, layout, reading.Report);
        Assert.Equal(6, reading.Report.Sections[0].Source!.Line);
    }

    [Fact(DisplayName = "A blank cell stays blank and 0 stays 0 (K9 tells them apart)")]
    public void Blank_StaysApartFromZero()
    {
        var report = With(RandomReports.Create(5, ReportFormat.Revised2021), ("requests", "carried_over", "business", CellValue.Blank()), ("requests", "carried_over", "research_institution", CellValue.Of(0)));
        var reading = Read(TextReportRenderer.Render(report, new RenderLayout()));
        Assert.True(reading.Report!.Get("requests", "carried_over", "business").IsBlank);
        Assert.Equal(0m, reading.Report.Get("requests", "carried_over", "research_institution").Number);
        ReadingAssert.NoDoubts(reading);
    }

    [Fact(DisplayName = "\"+19\" is read as 19 with its raw text, \"70487元\" and \"—\" stay unreadable — the checks report them, not the reader")]
    public void OddValues_KeepTheirRawText()
    {
        var report = With(
            RandomReports.Create(6, ReportFormat.Trial2019),
            ("proactive", "licences", "change", CellValue.Read(19, "+19", null)),
            ("proactive", "procurement", "amount", CellValue.Read(null, "70487元", null)),
            ("requests", "carried_over", "business", CellValue.Read(null, "—", null)));
        var reading = Read(TextReportRenderer.Render(report, new RenderLayout()));
        var read = reading.Report!;
        Assert.Equal(19m, read.Get("proactive", "licences", "change").Number);
        Assert.Equal("+19", read.Get("proactive", "licences", "change").Raw);
        Assert.True(read.Get("proactive", "procurement", "amount").IsUnreadable);
        Assert.Equal("70487元", read.Get("proactive", "procurement", "amount").Raw);
        Assert.True(read.Get("requests", "carried_over", "business").IsUnreadable);
        ReadingAssert.NoDoubts(reading);
    }

    [Fact(DisplayName = "A missing table is a STRUCTURE error (缺少第三部分表格); the other tables are read")]
    public void MissingTable_IsStructureFinding()
    {
        var report = RandomReports.Create(7, ReportFormat.Revised2021);
        var layout = new RenderLayout { OmitTable = TableKeys.Requests };
        var reading = Read(TextReportRenderer.Render(report, layout));
        var finding = ReadingAssert.Single(reading, "STRUCTURE", "缺少第三部分表格");
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(3, finding.Location.Section);
        ReadingAssert.AllCells(report, layout, reading.Report!);
        Assert.DoesNotContain(reading.Findings, f => f.Severity == FindingSeverity.VerifyReading);
    }

    [Theory(DisplayName = "A file cut off part-way is read as far as it goes; what is missing becomes findings")]
    [InlineData(0.35)]
    [InlineData(0.55)]
    [InlineData(0.8)]
    public void TruncatedFile_IsReadAsFarAsItGoes(double fraction)
    {
        var report = RandomReports.Create(8, ReportFormat.Trial2019);
        var text = RenderBytes.Truncate(TextReportRenderer.Render(report, new RenderLayout()), fraction);
        var reading = Read(text);
        var read = reading.Report!;
        Assert.Equal(report.AgencyName, read.AgencyName);
        Assert.DoesNotContain(read.Sections, s => s.Number == 6);
        if (fraction < 0.7)
        {
            // Cut inside the tables: the missing table or rows are named.
            Assert.Contains(reading.Findings, f => f.RuleId == "STRUCTURE" && f.Severity == FindingSeverity.Error && f.Message.Contains("表格", StringComparison.Ordinal));
        }

        Assert.True(read.Cells.Count > 0);
        foreach (var (key, value) in read.Cells.Where(c => c.Value.Number is not null))
        {
            Assert.Equal(report[key].Number, value.Number);
        }
    }

    [Fact(DisplayName = "A typo in a row label is read, with a 请核对识别结果 doubt naming the row")]
    public void TypoInLabel_IsReadWithDoubt()
    {
        var report = RandomReports.Create(9, ReportFormat.Revised2021);
        var layout = new RenderLayout { Relabel = new Dictionary<string, string> { ["6.属于四类过程性信息"] = "6.属于四类过程信息" } };
        var reading = Read(TextReportRenderer.Render(report, layout));
        var doubt = ReadingAssert.Single(reading, "READ", "6.属于四类过程信息");
        Assert.Equal(FindingSeverity.VerifyReading, doubt.Severity);
        Assert.StartsWith("请核对识别结果", doubt.Message, StringComparison.Ordinal);
        ReadingAssert.AllCells(report, layout, reading.Report!);
    }

    [Fact(DisplayName = "A truncated header \"本年新\" is read as the 2019 column, with a doubt")]
    public void TruncatedHeader_IsReadWithDoubt()
    {
        var report = RandomReports.Create(10, ReportFormat.Trial2019);
        var layout = new RenderLayout { SplitHeaders = false, Relabel = new Dictionary<string, string> { ["本年新制作数量"] = "本年新" } };
        var reading = Read(TextReportRenderer.Render(report, layout));
        ReadingAssert.Single(reading, "READ", "本年新");
        Assert.Equal(ReportFormat.Trial2019, reading.Report!.Format);
        ReadingAssert.AllCells(report, layout, reading.Report);
    }

    [Fact(DisplayName = "Mixed tables (2019 table 二 with 2021 table 三) are a K10 error naming what was seen where")]
    public void MixedTables_AreK10()
    {
        var report = Union(RandomReports.Create(11, ReportFormat.Revised2021), RandomReports.Create(12, ReportFormat.Trial2019));
        var layout = new RenderLayout { ProactiveFormat = ReportFormat.Trial2019, RequestsFormat = ReportFormat.Revised2021 };
        var reading = Read(TextReportRenderer.Render(report, layout));
        var finding = ReadingAssert.Single(reading, "K10", "第二部分表格表头");
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("第三部分表格", finding.Message, StringComparison.Ordinal);
        Assert.Equal(ReportFormat.Revised2021, reading.Report!.Format);
        ReadingAssert.AllCells(report, layout, reading.Report);
    }

    [Fact(DisplayName = "A 2021 report on the 2019 table is read as the 2019 format (the checks' K10 reports the mismatch)")]
    public void Report2021OnTable2019_IsReadAs2019()
    {
        var old = RandomReports.Create(13, ReportFormat.Trial2019);
        var report = new AnnualReport(old.AgencyName, 2021, ReportFormat.Trial2019, old.Sections, old.Cells, old.Preamble);
        var reading = Read(TextReportRenderer.Render(report, new RenderLayout()));
        Assert.Equal(ReportFormat.Trial2019, reading.Report!.Format);
        Assert.Equal(2021, reading.Report.Year);
        ReadingAssert.NoDoubts(reading);
    }

    internal static ReportReading Read(string text, string encoding = "utf-8", bool crlf = false) =>
        AnnualReportReader.Read(new MemoryStream(RenderBytes.Encode(text, encoding, crlf)), "report.txt");

    internal static AnnualReport With(AnnualReport report, params (string Table, string Row, string Column, CellValue Value)[] changes)
    {
        var cells = report.Cells.ToDictionary();
        foreach (var (table, row, column, value) in changes)
        {
            cells[new CellKey(table, row, column)] = value;
        }

        return new AnnualReport(report.AgencyName, report.Year, report.Format, report.Sections, cells, report.Preamble);
    }

    internal static AnnualReport Union(AnnualReport report, AnnualReport other)
    {
        var cells = report.Cells.ToDictionary();
        foreach (var (key, value) in other.Cells)
        {
            cells.TryAdd(key, value);
        }

        return new AnnualReport(report.AgencyName, report.Year, report.Format, report.Sections, cells, report.Preamble);
    }
}
