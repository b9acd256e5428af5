using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Tests.Reports;

public class ReportFormatsTests
{
    [Theory(DisplayName = "The report year decides the format (30号 applies from the 2021 report)")]
    [InlineData(2019, ReportFormat.Trial2019)]
    [InlineData(2020, ReportFormat.Trial2019)]
    [InlineData(2021, ReportFormat.Revised2021)]
    [InlineData(2025, ReportFormat.Revised2021)]
    public void RequiredFor_Year_PicksFormat(int year, ReportFormat expected) =>
        Assert.Equal(expected, ReportFormats.RequiredFor(year));

    [Theory(DisplayName = "Cell counts match the published forms (law-and-formats §3.3–3.5)")]
    [InlineData(ReportFormat.Trial2019, TableKeys.Proactive, 22)]
    [InlineData(ReportFormat.Revised2021, TableKeys.Proactive, 10)]
    [InlineData(ReportFormat.Trial2019, TableKeys.Requests, 161)]
    [InlineData(ReportFormat.Revised2021, TableKeys.Requests, 175)]
    [InlineData(ReportFormat.Trial2019, TableKeys.Remedies, 15)]
    [InlineData(ReportFormat.Revised2021, TableKeys.Remedies, 15)]
    public void Table_HasPublishedNumberOfCells(ReportFormat format, string table, int cells) =>
        Assert.Equal(cells, ReportFormats.Get(format).Table(table).Cells.Count());

    [Theory(DisplayName = "（六）其他处理 is one row in 2019 and three in 2021")]
    [InlineData(ReportFormat.Trial2019, 19)]
    [InlineData(ReportFormat.Revised2021, 21)]
    public void Dispositions_AreTheLeafRows(ReportFormat format, int leaves) =>
        Assert.Equal(leaves, ReportFormats.Get(format).Dispositions.Count());

    [Fact(DisplayName = "Every cell key is unique within a format")]
    public void CellKeys_AreUnique()
    {
        foreach (var format in ReportFormats.All)
        {
            var keys = format.Cells.Select(c => c.Key).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
        }
    }

    [Fact(DisplayName = "Six sections with the format's headings, in order")]
    public void Sections_AreTheSixOfArticle50()
    {
        var headings = ReportFormats.Revised2021.Sections.Select(s => s.Heading);
        Assert.Equal(
            ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
            headings);
    }

    [Fact(DisplayName = "Only the 2019 format has 第二十条第（九）项")]
    public void ProcurementBlock_OnlyIn2019()
    {
        Assert.Contains(ReportFormats.Trial2019.Table(TableKeys.Proactive).Blocks, b => b.Heading == "第二十条第（九）项");
        Assert.DoesNotContain(ReportFormats.Revised2021.Table(TableKeys.Proactive).Blocks, b => b.Heading == "第二十条第（九）项");
    }
}
