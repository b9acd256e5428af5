using System.Text;
using AngleSharp.Html.Parser;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Writing;

public class MarkdownReportTests
{
    [Theory(DisplayName = "Markdown 用标题与管道表格书写，合并表头展平为“分组 / 标签”")]
    [InlineData(ReportFormat.Trial2019)]
    [InlineData(ReportFormat.Revised2021)]
    public void Markdown_FlattensMergedHeaders(ReportFormat format)
    {
        var report = RandomReports.Create(41, format);
        var md = Encoding.UTF8.GetString(ReportWriter.ToBytes(report, ReportOutputFormat.Markdown));
        Assert.StartsWith($"# {report.Title}\n", md, StringComparison.Ordinal);
        Assert.Contains("\n## 三、收到和处理政府信息公开申请情况\n", md, StringComparison.Ordinal);
        Assert.Contains("| 申请人情况 / 法人或其他组织 / 商业企业 |", md, StringComparison.Ordinal);
        Assert.Contains("| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 |", md, StringComparison.Ordinal);
        Assert.Contains("| 行政诉讼 / 复议后起诉 / 总计 |", md, StringComparison.Ordinal);
        Assert.Contains("**第二十条第（一）项**", md, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "Markdown 读回的段落与表格与 HTML 版的表格逐格一致（文字、行跨度、列跨度）")]
    [InlineData(ReportFormat.Trial2019, 42)]
    [InlineData(ReportFormat.Revised2021, 43)]
    public void MarkdownSource_UnfoldsTablesLikeTheHtml(ReportFormat format, int seed)
    {
        var report = RandomReports.Create(seed, format, blanks: true);
        var source = MarkdownReportSource.Read(ReportWriter.ToBytes(report, ReportOutputFormat.Markdown));
        Assert.Equal("markdown", source.Shape);

        var html = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(ReportWriter.ToBytes(report, ReportOutputFormat.Html)));
        var expectedTables = html.QuerySelectorAll("table")
            .Select(t => t.QuerySelectorAll("tr").Select(tr => tr.Children.Where(c => c.TagName is "TH" or "TD")
                .Select(c => (c.TextContent, Span(c.GetAttribute("rowspan")), Span(c.GetAttribute("colspan")))).ToList()).ToList()).ToList();
        var tables = source.Blocks.OfType<SourceTable>().ToList();
        Assert.Equal(expectedTables.Count, tables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var actual = tables[t].Rows.Select(r => r.Cells.Select(c => (c.Text, c.RowSpan, c.ColSpan)).ToList()).ToList();
            Assert.Equal(expectedTables[t], actual);
        }

        var paragraphs = source.Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();
        var expected = new List<string> { report.Title };
        expected.AddRange(report.Preamble.Select(p => p.Text));
        foreach (var section in report.Sections)
        {
            expected.Add(ReportLayout.Heading(section));
            expected.AddRange(section.Paragraphs.Select(p => p.Text));
        }

        Assert.Equal(expected, paragraphs);
        var cell = tables[1].Rows[5].Cells[^1];
        Assert.Equal(2, cell.Location.Table);
        Assert.NotNull(cell.Location.Line);
    }

    [Fact(DisplayName = "Markdown 对正文中的标记符号转义，读回时原样恢复")]
    public void Markdown_EscapesAndRestoresMarkup()
    {
        var seed = RandomReports.Create(44, ReportFormat.Revised2021);
        string[] texts = ["1. 不是列表", "- 不是列表", "# 不是标题", "含|竖线|与*星号*、_下划线_和\\反斜杠", "<b>不是标签</b>"];
        var sections = seed.Sections.Select(s => s.Number == 1 ? s with { Paragraphs = [.. texts.Select(t => new ReportParagraph(t))] } : s).ToList();
        var report = new AnnualReport("某局|*", seed.Year, seed.Format, sections, seed.Cells);
        var source = MarkdownReportSource.Read(ReportWriter.ToBytes(report, ReportOutputFormat.Markdown));
        var paragraphs = source.Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();
        Assert.Equal(report.Title, paragraphs[0]);
        Assert.Equal(texts, paragraphs.Skip(2).Take(texts.Length));
    }

    [Fact(DisplayName = "空的或非 UTF-8 的 Markdown 给出明确的中文错误")]
    public void MarkdownSource_RejectsEmptyAndBinary()
    {
        Assert.Throws<UnreadableReportException>(() => MarkdownReportSource.Read([]));
        var error = Assert.Throws<UnreadableReportException>(() => MarkdownReportSource.Read([0xFF, 0xFE, 0xC3, 0x28]));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    private static int Span(string? value) => value is null ? 1 : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
