
using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Reading.Fixtures;
using Gongkai.Documents.Tests.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// HTML pages as government sites publish them: navigation and scripts, a page-layout table around
/// the article, one big table per section with rowspan/colspan, Word-pasted markup, &amp;nbsp;,
/// full-width digits, GBK pages, Traditional mirrors, pages saved half-way.
/// </summary>
public class HtmlVariationTests
{
    public static TheoryData<int, ReportFormat> RandomCases()
    {
        var data = new TheoryData<int, ReportFormat>();
        for (var seed = 101; seed <= 124; seed++)
        {
            data.Add(seed, seed % 2 == 0 ? ReportFormat.Revised2021 : ReportFormat.Trial2019);
        }

        return data;
    }

    [Theory(DisplayName = "Round trip: a random report published as a government page reads back cell by cell, without doubts")]
    [MemberData(nameof(RandomCases))]
    public void RandomReport_RandomPage_ReadsBack(int seed, ReportFormat format)
    {
        var random = new Random(seed);
        var report = RandomReports.Create(seed, format, blanks: random.Next(2) == 0);
        var layout = new RenderLayout
        {
            StraySpaces = random.Next(2) == 0,
            FullWidthDigits = random.Next(3) == 0,
            Markers = random.Next(2) == 0 ? ["1、", "二、", "三、", "四、", "5、", "六、"] : ["一、", "二、", "三、", "四、", "五、", "六、"],
        };
        var page = new HtmlPage
        {
            Charset = new[] { "utf-8", "gbk", "gb2312" }[random.Next(3)],
            LayoutTable = random.Next(2) == 0,
            Nbsp = random.Next(2) == 0,
            BreakHeaders = random.Next(2) == 0,
            TitleAsParagraphs = random.Next(2) == 0,
            WordMarkup = random.Next(2) == 0,
        };
        var traditional = random.Next(4) == 0;
        var html = HtmlReportRenderer.Render(report, layout, page);
        var reading = Read(traditional ? TraditionalMirror.Of(html) : html, page.Charset);

        var read = reading.Report!;
        ReadingAssert.NoDoubts(reading);
        Assert.Equal(format, read.Format);
        Assert.Equal(report.Year, read.Year);
        if (!traditional)
        {
            Assert.Equal(report.AgencyName, read.AgencyName);
            Assert.Equal(report.Preamble.Select(p => p.Text), read.Preamble.Select(p => p.Text));
        }

        Assert.Equal(layout.Markers, read.Sections.Select(s => s.Marker));
        ReadingAssert.AllCells(report, layout, read);
    }

    [Fact(DisplayName = "Cells keep their place on the grid: table, row and column after rowspan/colspan")]
    public void Cells_KeepGridPlace()
    {
        var report = RandomReports.Create(130, ReportFormat.Revised2021);
        var reading = Read(HtmlReportRenderer.Render(report, new RenderLayout(), new HtmlPage { LayoutTable = true }));
        var read = reading.Report!;

        // Table 三, row 一 is grid row 4; 自然人 is grid column 4 (after the 3-column label cell).
        var source = read.Get(TableKeys.Requests, "new_received", "natural_person").Source!;
        Assert.Equal((2, 4, 4), (source.Table, source.Row, source.Cell));

        // 1.属于国家秘密: under rowspans of 三、本年度办理结果 and （三）不予公开, still column 4.
        source = read.Get(TableKeys.Requests, "withheld_state_secret", "natural_person").Source!;
        Assert.Equal((8, 4), (source.Row, source.Cell));
        Assert.NotNull(source.Line);

        // Table 四: the 15 figures on grid row 4.
        source = read.Get(TableKeys.Remedies, "cases", "litigation_after_total").Source!;
        Assert.Equal((3, 4, 15), (source.Table, source.Row, source.Cell));
    }

    [Fact(DisplayName = "The page layout table is not taken for the report, nor navigation or scripts for sections")]
    public void LayoutAndNavigation_AreIgnored()
    {
        var report = RandomReports.Create(131, ReportFormat.Trial2019);
        var reading = Read(HtmlReportRenderer.Render(report, new RenderLayout(), new HtmlPage { LayoutTable = true }));
        Assert.Equal(3, reading.Source.Blocks.OfType<SourceTable>().Count());
        Assert.Equal([1, 2, 3, 4, 5, 6], reading.Report!.Sections.Select(s => s.Number));
        Assert.DoesNotContain(reading.Report.Preamble, p => p.Text.Contains("当前位置", StringComparison.Ordinal));
        ReadingAssert.NoDoubts(reading);
    }

    [Fact(DisplayName = "A GBK page that declares its charset in a meta tag is decoded by it")]
    public void GbkPage_IsDecoded()
    {
        var report = RandomReports.Create(132, ReportFormat.Revised2021);
        var html = HtmlReportRenderer.Render(report, new RenderLayout(), new HtmlPage { Charset = "gbk" });
        var reading = Read(html, "gbk");
        Assert.Equal(report.AgencyName, reading.Report!.AgencyName);
        ReadingAssert.AllCells(report, new RenderLayout(), reading.Report);
    }

    [Fact(DisplayName = "A Traditional-character mirror (資訊公開, 報告) reads the same figures")]
    public void TraditionalMirror_ReadsTheSame()
    {
        var report = RandomReports.Create(133, ReportFormat.Revised2021);
        var html = TraditionalMirror.Of(HtmlReportRenderer.Render(report, new RenderLayout(), new HtmlPage()));
        Assert.Contains("政府資訊公開工作年度報告", html, StringComparison.Ordinal);
        var reading = Read(html, "utf-8");
        Assert.Equal(report.Year, reading.Report!.Year);
        Assert.Equal(ReportFormat.Revised2021, reading.Report.Format);
        ReadingAssert.AllCells(report, new RenderLayout(), reading.Report);
        ReadingAssert.NoDoubts(reading);
    }

    [Theory(DisplayName = "A page saved half-way is read as far as it goes; what is missing becomes findings")]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    public void HalfSavedPage_IsReadAsFarAsItGoes(double fraction)
    {
        var report = RandomReports.Create(134, ReportFormat.Trial2019);
        var html = RenderBytes.Truncate(HtmlReportRenderer.Render(report, new RenderLayout(), new HtmlPage()), fraction);
        var reading = Read(html, "utf-8");
        var read = reading.Report!;
        Assert.Equal(report.AgencyName, read.AgencyName);
        Assert.DoesNotContain(read.Sections, s => s.Number == 6);
        if (fraction < 0.7)
        {
            Assert.Contains(reading.Findings, f => f.RuleId == "STRUCTURE" && f.Severity == FindingSeverity.Error && f.Message.Contains("表格", StringComparison.Ordinal));
        }
        foreach (var (key, value) in read.Cells.Where(c => c.Value.Number is not null))
        {
            Assert.Equal(report[key].Number, value.Number);
        }
    }

    [Fact(DisplayName = "A missing table on a page is a STRUCTURE error; a typo in a label a reading doubt")]
    public void MissingTableAndTypo_AreFindings()
    {
        var report = RandomReports.Create(135, ReportFormat.Revised2021);
        var layout = new RenderLayout
        {
            OmitTable = TableKeys.Remedies,
            Relabel = new Dictionary<string, string> { ["2.没有现成信息需要另行制作"] = "2.没有现成信息需另行制做" },
        };
        var reading = Read(HtmlReportRenderer.Render(report, layout, new HtmlPage()), "utf-8");
        ReadingAssert.Single(reading, "STRUCTURE", "缺少第四部分表格");
        var doubt = ReadingAssert.Single(reading, "READ", "2.没有现成信息需另行制做");
        Assert.Equal(FindingSeverity.VerifyReading, doubt.Severity);
        Assert.Equal(3, doubt.Location.Section);
        ReadingAssert.AllCells(report, layout, reading.Report!);
    }

    [Fact(DisplayName = "A 2021 table 三 with a 2019 table 二 on a page is a K10 error")]
    public void MixedTablesOnPage_AreK10()
    {
        var report = TextVariationTests.Union(RandomReports.Create(136, ReportFormat.Revised2021), RandomReports.Create(137, ReportFormat.Trial2019));
        var layout = new RenderLayout { ProactiveFormat = ReportFormat.Trial2019 };
        var reading = Read(HtmlReportRenderer.Render(report, layout, new HtmlPage()), "utf-8");
        var finding = ReadingAssert.Single(reading, "K10", "第二部分表格表头“本年新制作数量”");
        Assert.Contains("第三部分表格行“1.申请人无正当理由逾期不补正", finding.Message, StringComparison.Ordinal);
        ReadingAssert.AllCells(report, layout, reading.Report!);
    }

    [Fact(DisplayName = "A section heading written as the first row of its table is still the section")]
    public void HeadingInTableRow_IsTheSection()
    {
        var report = RandomReports.Create(138, ReportFormat.Revised2021);
        const string Table = "<table border=\"1\" cellspacing=\"0\" style=\"width:100%\"><tbody>\n";
        var html = HtmlReportRenderer.Render(report, new RenderLayout(), new HtmlPage())
            .Replace($"<p><strong>三、收到和处理政府信息公开申请情况</strong></p>\n{Table}", $"{Table}<tr><td colspan=\"10\">三、收到和处理政府信息公开申请情况</td></tr>\n", StringComparison.Ordinal);
        var reading = Read(html);
        Assert.Equal([1, 2, 3, 4, 5, 6], reading.Report!.Sections.Select(s => s.Number));
        ReadingAssert.NoDoubts(reading);
        ReadingAssert.AllCells(report, new RenderLayout(), reading.Report);
    }

    private static ReportReading Read(string html, string charset = "utf-8") =>
        AnnualReportReader.Read(new MemoryStream(RenderBytes.Encode(html, charset is "utf-8" ? "utf-8" : "gbk")), "report.html");

}
